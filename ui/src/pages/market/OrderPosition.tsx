import type { OwnOrder } from '../../api/market'
import { formatAmount } from '../../format'

/** Where an open order stands against the others at its place: best price, or outbid/undercut and by how much. */
export function OrderPosition({ order }: { order: OwnOrder }) {
  const position = order.position
  if (!position) return <span className="muted">—</span>
  if (!position.outbid) return <span className="tag good" data-testid="order-best">Best price</span>
  const word = order.buyOrder ? 'Outbid' : 'Undercut'
  return (
    <span className="tag danger" data-testid="order-outbid" title={`Best competing price ${formatAmount(position.bestCompetitor)}`}>
      {word}
      {position.undercutBy !== null && ` by ${formatAmount(position.undercutBy)}`}
      {position.rank !== null && ` (#${position.rank})`}
    </span>
  )
}

/** An order's place in the table's sort: outbid ones first, by how much. */
export function positionRank(order: OwnOrder): number | null {
  if (!order.position) return null
  return order.position.outbid ? -(order.position.undercutBy ?? 0) : 1
}
