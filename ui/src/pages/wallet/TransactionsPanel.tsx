import { fetchTransactions, type WalletTransaction } from '../../api/wallet'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName, displayName } from '../../components/EntityName'
import { PagedList } from '../../components/PagedList'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { formatAmount, formatInstant } from '../../format'
import { usePaged } from '../../hooks/usePaged'

const COLUMNS: Column<WalletTransaction>[] = [
  { header: 'Date (EVE)', sort: (t) => t.date, cell: (t) => formatInstant(t.date), className: () => 'nowrap' },
  { header: 'Item', sort: (t) => t.typeName, cell: (t) => <EntityName kind="type" id={t.typeId} name={t.typeName} size={20} /> },
  { header: 'Quantity', numeric: true, sort: (t) => t.quantity, cell: (t) => t.quantity.toLocaleString('en') },
  { header: 'Unit price', numeric: true, sort: (t) => Number(t.unitPrice), className: () => 'isk', cell: (t) => formatAmount(t.unitPrice) },
  {
    header: 'Total',
    numeric: true,
    className: (t) => `isk ${t.buy ? 'negative' : 'positive'}`,
    cell: (t) => formatAmount((t.buy ? -1 : 1) * Number(t.unitPrice) * t.quantity),
  },
  { header: 'Client', sort: (t) => t.clientName, cell: (t) => <EntityName kind="character" id={t.clientId} name={t.clientName} size={0} /> },
  { header: 'Station', sort: (t) => t.locationName, cell: (t) => displayName('place', t.locationName) },
]

/** The character's market buys and sells, newest first. */
export function TransactionsPanel({ characterId, version }: { characterId: number; version: number }) {
  const paged = usePaged(
    (before: number | undefined) =>
      fetchTransactions(characterId, before).then((page) => ({ items: page.transactions, next: page.older })),
    [characterId, version],
  )
  return (
    <Panel title="Market transactions">
      <SyncTimes owner={{ kind: 'characters', id: characterId }} endpoints={{ WALLET_TRANSACTIONS: 'Transactions' }}
        version={version} />
      <PagedList paged={paged} empty="No market transactions: none in EVE's last 30 days, or not synced yet.">
        {(transactions) => (
          <DataTable columns={COLUMNS} rows={transactions} rowKey={(t) => t.transactionId} testId="transactions"
            rowTestId="transaction-row" />
        )}
      </PagedList>
    </Panel>
  )
}
