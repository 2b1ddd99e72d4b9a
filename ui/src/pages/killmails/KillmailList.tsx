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

const COLUMNS: Column<Killmail>[] = [
  { header: 'Time (EVE)', cell: (k) => formatInstant(k.killmailTime), className: () => 'nowrap' },
  { header: 'Victim', cell: (k) => <Victim victim={k.victim} /> },
  { header: 'Ship', cell: (k) => <EntityName kind="type" id={k.victim.shipTypeId} name={k.victim.shipTypeName} /> },
  {
    header: 'System',
    cell: (k) => `${k.solarSystemName ?? 'Unknown system'}${k.regionName ? ` · ${k.regionName}` : ''}`,
  },
  { header: 'Attackers', numeric: true, cell: (k) => k.attackerCount ?? '—' },
]

/** Killmails as rows: when, where, who died in what, and how many were on it. */
export function KillmailList({ kills }: { kills: Killmail[] }) {
  return <DataTable columns={COLUMNS} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
