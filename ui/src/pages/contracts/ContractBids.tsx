import type { ContractBid } from '../../api/contracts'
import { formatAmount, formatInstant } from '../../format'

export function ContractBids({ bids }: { bids: ContractBid[] }) {
  return (
    <>
      <h4>Bids</h4>
      {bids.length === 0 ? (
        <p className="muted empty">No bids yet.</p>
      ) : (
        <table className="table compact" data-testid="contract-bids">
          <thead>
            <tr>
              <th scope="col">When (EVE)</th>
              <th scope="col">Bidder</th>
              <th scope="col" className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {bids.map((bid) => (
              <tr key={bid.bidId}>
                <td>{formatInstant(bid.dateBid)}</td>
                <td>{bid.bidderId === null ? '—' : `#${bid.bidderId}`}</td>
                <td className="num isk">{formatAmount(bid.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
