import type { JournalEntry } from '../../api/wallet'
import { DataTable, type Column } from '../../components/DataTable'
import { formatAmount, formatInstant, humanize } from '../../format'

function party(name: string | null, id: number | null): string {
  return name ?? (id === null ? '—' : 'Unknown party')
}

const COLUMNS: Column<JournalEntry>[] = [
  { header: 'Date (EVE)', sort: (e) => e.date, cell: (e) => formatInstant(e.date), className: () => 'nowrap' },
  { header: 'Type', sort: (e) => e.refType, cell: (e) => humanize(e.refType) },
  {
    header: 'From → To',
    sort: (e) => e.firstPartyName,
    cell: (e) => `${party(e.firstPartyName, e.firstPartyId)} → ${party(e.secondPartyName, e.secondPartyId)}`,
  },
  { header: 'Description', cell: (e) => e.reason || e.description },
  {
    header: 'Amount',
    numeric: true,
    sort: (e) => (e.amount === null ? null : Number(e.amount)),
    cell: (e) => formatAmount(e.amount),
    className: (e) => `isk ${e.amount?.startsWith('-') ? 'negative' : 'positive'}`,
  },
  { header: 'Balance', numeric: true, sort: (e) => (e.balance === null ? null : Number(e.balance)), cell: (e) => formatAmount(e.balance) },
]

export function JournalTable({ entries, testId = 'journal' }: { entries: JournalEntry[]; testId?: string }) {
  return <DataTable columns={COLUMNS} rows={entries} rowKey={(e) => e.id} testId={testId} rowTestId="journal-row" />
}
