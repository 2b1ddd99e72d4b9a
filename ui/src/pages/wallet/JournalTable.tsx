import type { JournalEntry } from '../../api/wallet'
import { DataTable, type Column } from '../../components/DataTable'
import { formatAmount, formatInstant, humanize } from '../../format'

function party(name: string | null, id: number | null): string {
  return name ?? (id === null ? '—' : 'Unknown party')
}

const COLUMNS: Column<JournalEntry>[] = [
  { header: 'Date (EVE)', cell: (e) => formatInstant(e.date), className: () => 'nowrap' },
  { header: 'Type', cell: (e) => humanize(e.refType) },
  {
    header: 'From → To',
    cell: (e) => `${party(e.firstPartyName, e.firstPartyId)} → ${party(e.secondPartyName, e.secondPartyId)}`,
  },
  { header: 'Description', cell: (e) => e.reason || e.description },
  {
    header: 'Amount',
    numeric: true,
    cell: (e) => formatAmount(e.amount),
    className: (e) => `isk ${e.amount?.startsWith('-') ? 'negative' : 'positive'}`,
  },
  { header: 'Balance', numeric: true, cell: (e) => formatAmount(e.balance) },
]

export function JournalTable({ entries }: { entries: JournalEntry[] }) {
  return <DataTable columns={COLUMNS} rows={entries} rowKey={(e) => e.id} testId="journal" rowTestId="journal-row" />
}
