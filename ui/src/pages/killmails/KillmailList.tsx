import type { Combatant, Killmail } from '../../api/killmails'
import { useCharacters } from '../../character/CharacterContext'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { formatInstant } from '../../format'

/** The victim's pilot, or the corporation for a structure or NPC loss. */
function Victim({ victim }: { victim: Combatant }) {
  if (victim.characterId !== null) {
    return <EntityName kind="character" id={victim.characterId} name={victim.characterName} />
  }
  return <EntityName kind="corporation" id={victim.corporationId} name={victim.corporationName} />
}

function columns(own: ReadonlySet<number>, onOpen?: (killmailId: number) => void): Column<Killmail>[] {
  const lost = (k: Killmail) => k.victim.characterId !== null && own.has(k.victim.characterId)
  return [
    {
      header: 'Time (EVE)',
      className: () => 'nowrap',
      sort: (k) => k.killmailTime,
      cell: (k) =>
        onOpen ? (
          <button type="button" className="link-button" onClick={() => onOpen(k.killmailId)}>
            {formatInstant(k.killmailTime)}
          </button>
        ) : (
          formatInstant(k.killmailTime)
        ),
    },
    {
      header: 'Kill or loss',
      sort: (k) => (lost(k) ? 'loss' : 'kill'),
      cell: (k) => (lost(k) ? <span className="tag danger">Loss</span> : <span className="tag">Kill</span>),
    },
    { header: 'Victim', cell: (k) => <Victim victim={k.victim} />, sort: (k) => k.victim.characterName ?? k.victim.corporationName ?? null },
    { header: 'Ship', sort: (k) => k.victim.shipTypeName, cell: (k) => <EntityName kind="type" id={k.victim.shipTypeId} name={k.victim.shipTypeName} /> },
    {
      header: 'System',
      sort: (k) => k.solarSystemName,
      cell: (k) => `${k.solarSystemName ?? 'Unknown system'}${k.regionName ? ` · ${k.regionName}` : ''}`,
    },
    { header: 'Attackers', numeric: true, sort: (k) => k.attackerCount ?? null, cell: (k) => k.attackerCount ?? '—' },
  ]
}

/**
 * Killmails as rows: when, a kill or a loss of the account's pilots, where, who died in what, and how many were on
 * it; the time opens one in full.
 */
export function KillmailList({ kills, onOpen }: { kills: Killmail[]; onOpen?: (killmailId: number) => void }) {
  const { me } = useCharacters()
  const own = new Set(me.characters.map((c) => c.id))
  return <DataTable columns={columns(own, onOpen)} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
