import { requestJson, withQuery } from './client'

/** Who was on a killmail; ids ESI left out (e.g. an NPC's character) are null, names not known yet too. */
export interface Combatant {
  characterId: number | null
  characterName?: string | null
  corporationId: number | null
  corporationName?: string | null
  allianceId: number | null
  allianceName?: string | null
}

/** A killmail as listed by the API and pushed as `killmail.new` on the `killmails` topic. */
export interface Killmail {
  killmailId: number
  killmailTime: string
  solarSystemId: number
  solarSystemName: string | null
  regionName: string | null
  victim: Combatant & { shipTypeId: number; shipTypeName: string | null }
  /** Only in listings; pushed events name the attackers' corporations and alliances instead. */
  attackerCount?: number
  /**
   * Only in listings: the loss at market prices as in the details' `total`, ISK as a decimal string; null when none
   * of its types has a price yet.
   */
  value?: string | null
}

export function fetchKillmails(limit = 50): Promise<{ killmails: Killmail[] }> {
  return requestJson('GET', withQuery('/api/v1/killmails', { limit }))
}

/** An item of the victim's: destroyed or dropped, with what it held. */
export interface KillmailItem {
  typeId: number
  typeName: string | null
  flag: number
  quantityDestroyed: number | null
  quantityDropped: number | null
  /** The type's average price, ISK as a decimal string; null for a type without one. */
  unitPrice: string | null
  items: KillmailItem[]
}

export interface Attacker extends Combatant {
  shipTypeId: number | null
  shipTypeName: string | null
  weaponTypeId: number | null
  weaponTypeName: string | null
  damageDone: number
  finalBlow: boolean
}

/** A loss at CCP's average prices, as zKillboard shows it; ISK as decimal strings. */
export interface KillmailValue {
  ship: string
  dropped: string
  destroyed: string
  total: string
  /** Item types without a price, counted as nothing. */
  unpricedTypes: number
}

/** One killmail whole: place, victim with ship and items, attackers, value. */
export interface KillmailDetails {
  killmailId: number
  killmailTime: string
  solarSystemId: number
  solarSystemName: string | null
  regionName: string | null
  victim: Combatant & { shipTypeId: number; shipTypeName: string | null; damageTaken: number; items: KillmailItem[] }
  attackers: Attacker[]
  value: KillmailValue
}

export function fetchKillmail(killmailId: number): Promise<KillmailDetails> {
  return requestJson('GET', `/api/v1/killmails/${killmailId}`)
}
