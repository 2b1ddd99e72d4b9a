import { useMemo, useState } from 'react'
import type { BookOrder } from '../../api/market'
import { DataTable, type Column } from '../../components/DataTable'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount } from '../../format'
import { SecurityBadge } from '../map/SecurityBadge'
import { formatQuantity, matches, stationName, timeLeft } from './marketFormat'

/** An order with the quantity of it and every better order before it: the book's depth at its price. */
type DepthRow = BookOrder & { depth: number; share: number }

function withDepth(orders: BookOrder[]): DepthRow[] {
  const total = orders.reduce((sum, o) => sum + o.volumeRemain, 0)
  let depth = 0
  return orders.map((order) => {
    depth += order.volumeRemain
    return { ...order, depth, share: total > 0 ? depth / total : 0 }
  })
}

function columns(buy: boolean): Column<DepthRow>[] {
  const list: Column<DepthRow>[] = [
    { header: 'Price', numeric: true, sort: (o) => o.price, className: () => 'isk', cell: (o) => formatAmount(o.price) },
    {
      header: 'Quantity', numeric: true, sort: (o) => o.volumeRemain,
      cell: (o) => (
        <>
          {formatQuantity(o.volumeRemain)}
          {o.minVolume > 1 && <span className="tag" title="Minimum quantity per sale">min {formatQuantity(o.minVolume)}</span>}
        </>
      ),
    },
    {
      header: 'Depth', numeric: true, sort: (o) => o.depth,
      cell: (o) => (
        <span className="depth">
          <span className={`depth-bar ${buy ? 'buy' : 'sell'}`} style={{ width: `${Math.round(o.share * 100)}%` }} />
          <span className="depth-value">{formatQuantity(o.depth)}</span>
        </span>
      ),
    },
    {
      header: 'Station', sort: (o) => stationName(o.stationId, o.stationName),
      cell: (o) => (
        <span className="station">
          {o.security !== null && <SecurityBadge security={o.security} />} {stationName(o.stationId, o.stationName)}
        </span>
      ),
    },
  ]
  if (buy) list.push({ header: 'Range', sort: (o) => o.range, cell: (o) => o.range })
  list.push({ header: 'Expires in', sort: (o) => o.expires, className: () => 'nowrap', cell: (o) => timeLeft(o.expires) })
  return list
}

interface OrderTableProps {
  buy: boolean
  orders: BookOrder[]
  /** What the book holds, for the empty state: "Tritanium in Jita". */
  what: string
}

/** One side of the book, best price first, with each order's depth and where it is; filterable by place. */
export function OrderTable({ buy, orders, what }: OrderTableProps) {
  const [filter, setFilter] = useState('')
  const rows = useMemo(() => withDepth(orders), [orders])
  const shown = rows.filter((o) => matches(filter, stationName(o.stationId, o.stationName), o.systemName))
  const side = buy ? 'buy' : 'sell'
  return (
    <section className="book-side" aria-label={buy ? 'Buy orders' : 'Sell orders'}>
      <div className="book-side-title">
        <h3>{buy ? 'Buyers' : 'Sellers'}</h3>
        <TextFilter label={`Filter ${side} orders`} value={filter} onChange={setFilter} placeholder="station or system"
          testId={`${side}-filter`} />
      </div>
      {orders.length === 0 ? (
        <p className="muted empty" data-testid={`${side}-empty`}>No {side} orders for {what}.</p>
      ) : shown.length === 0 ? (
        <p className="muted empty">No {side} order is at a station matching "{filter}".</p>
      ) : (
        <DataTable columns={columns(buy)} rows={shown} rowKey={(o) => o.orderId} testId={`${side}-orders`}
          rowTestId={`${side}-order`} compact />
      )}
    </section>
  )
}
