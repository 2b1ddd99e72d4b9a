import type { Combatant, Killmail } from '../../api/killmails'
import { DataTable, type Column } from '../../components/DataTable'
import { formatInstant } from '../../format'

function who(victim: Combatant): string {
  if (victim.characterId !== null) return `Character #${victim.characterId}`
  if (victim.corporationId !== null) return `Corporation #${victim.corporationId}`
  return '—'
}

const COLUMNS: Column<Killmail>[] = [
  { header: 'Time (EVE)', cell: (k) => formatInstant(k.killmailTime), className: () => 'nowrap' },
  { header: 'Victim', cell: (k) => who(k.victim) },
  { header: 'Ship', cell: (k) => k.victim.shipTypeName ?? `Type #${k.victim.shipTypeId}` },
  {
    header: 'System',
    cell: (k) => `${k.solarSystemName ?? `#${k.solarSystemId}`}${k.regionName ? ` · ${k.regionName}` : ''}`,
  },
  { header: 'Attackers', numeric: true, cell: (k) => k.attackerCount ?? '—' },
]

/** Killmails as rows: when, where, who died in what, and how many were on it. */
export function KillmailList({ kills }: { kills: Killmail[] }) {
  return <DataTable columns={COLUMNS} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
