import type { Killmail } from '../../api/killmails'
import { DataTable, type Column } from '../../components/DataTable'
import { formatAmount, formatInstant } from '../../format'

const COLUMNS: Column<Killmail>[] = [
  { header: 'Time (EVE)', cell: (k) => formatInstant(k.killmailTime), className: () => 'nowrap' },
  { header: 'Victim', cell: (k) => k.victim?.characterName ?? k.victim?.characterId ?? '—' },
  { header: 'Ship', cell: (k) => k.victim?.shipTypeName ?? k.victim?.shipTypeId ?? '—' },
  { header: 'System', cell: (k) => k.solarSystemName ?? k.solarSystemId ?? '—' },
  { header: 'Value', numeric: true, className: () => 'isk', cell: (k) => formatAmount(k.totalValue) },
]

/** Killmails as rows: when, where, who died in what, and the ISK lost. */
export function KillmailList({ kills }: { kills: Killmail[] }) {
  return <DataTable columns={COLUMNS} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
