import type { Combatant, Killmail } from '../../api/killmails'
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

function columns(onOpen?: (killmailId: number) => void): Column<Killmail>[] {
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

/** Killmails as rows: when, where, who died in what, and how many were on it; the time opens one in full. */
export function KillmailList({ kills, onOpen }: { kills: Killmail[]; onOpen?: (killmailId: number) => void }) {
  return <DataTable columns={columns(onOpen)} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
