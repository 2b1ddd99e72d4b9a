import type { ContractBid } from '../../api/contracts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { formatAmount, formatInstant } from '../../format'

const COLUMNS: Column<ContractBid>[] = [
  { header: 'When (EVE)', cell: (b) => formatInstant(b.dateBid) },
  { header: 'Bidder', cell: (b) => <EntityName kind="character" id={b.bidderId} name={b.bidderName} size={20} /> },
  { header: 'Amount', numeric: true, className: () => 'isk', cell: (b) => formatAmount(b.amount) },
]

export function ContractBids({ bids }: { bids: ContractBid[] }) {
  return (
    <>
      <h4>Bids</h4>
      {bids.length === 0 ? (
        <p className="muted empty">No bids yet.</p>
      ) : (
        <DataTable columns={COLUMNS} rows={bids} rowKey={(b) => b.bidId} testId="contract-bids" compact />
      )}
    </>
  )
}
