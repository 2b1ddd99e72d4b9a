import { requestJson, withQuery } from './client'

/** A killmail as listed by the API and pushed on the `killmails` topic (fields the source lacks are absent). */
export interface Killmail {
  killmailId: number
  killmailTime: string
  solarSystemId?: number
  solarSystemName?: string
  victim?: { characterId?: number; characterName?: string; shipTypeId?: number; shipTypeName?: string }
  totalValue?: number | string
}

export function fetchKillmails(limit = 50): Promise<{ killmails: Killmail[] }> {
  return requestJson('GET', withQuery('/api/v1/killmails', { limit }))
}
