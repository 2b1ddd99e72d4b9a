import { useState } from 'react'
import type { OwnOrder } from '../../api/market'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName, displayName } from '../../components/EntityName'
import { SelectFilter } from '../../components/SelectFilter'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount, formatInstant, humanize } from '../../format'
import { formatQuantity, matches, timeLeft } from './marketFormat'
import { OrderPosition, positionRank } from './OrderPosition'

const SIDES = [
  { value: 'sell', label: 'Sell orders' },
  { value: 'buy', label: 'Buy orders' },
]

function columns(open: boolean, corporation: boolean): Column<OwnOrder>[] {
  const list: Column<OwnOrder>[] = [
    { header: 'Item', sort: (o) => o.typeName, cell: (o) => <EntityName kind="type" id={o.typeId} name={o.typeName} size={20} /> },
    { header: 'Side', sort: (o) => (o.buyOrder ? 'buy' : 'sell'), cell: (o) => (o.buyOrder ? 'Buy' : 'Sell') },
    { header: 'Price', numeric: true, sort: (o) => o.price, className: () => 'isk', cell: (o) => formatAmount(o.price) },
    { header: 'Remaining', numeric: true, sort: (o) => o.volumeRemain,
      cell: (o) => `${formatQuantity(o.volumeRemain)} / ${formatQuantity(o.volumeTotal)}` },
  ]
  if (corporation) {
    list.push({ header: 'Issued by', sort: (o) => o.issuedByName ?? null,
      cell: (o) => `${displayName('character', o.issuedByName)}${o.walletDivision ? ` (division ${o.walletDivision})` : ''}` })
  }
  if (open) list.push({ header: 'Position', sort: positionRank, cell: (o) => <OrderPosition order={o} /> })
  list.push(
    { header: 'Station', sort: (o) => o.stationName, cell: (o) => displayName('place', o.stationName) },
    { header: 'Region', sort: (o) => o.regionName, cell: (o) => displayName('place', o.regionName) },
  )
  if (open) list.push({ header: 'Expires in', sort: (o) => o.expires, className: () => 'nowrap', cell: (o) => timeLeft(o.expires) })
  else {
    list.push(
      { header: 'State', sort: (o) => o.state, cell: (o) => humanize(o.state) },
      { header: 'Issued (EVE)', sort: (o) => o.issued, className: () => 'nowrap', cell: (o) => formatInstant(o.issued) },
    )
  }
  return list
}

interface OwnOrderTableProps {
  orders: OwnOrder[]
  open: boolean
  testId: string
  /** Corporation orders also say who placed them, from which wallet division. */
  corporation?: boolean
}

/** Own orders, filterable by item or place and by side; outbid and undercut ones marked. */
export function OwnOrderTable({ orders, open, testId, corporation = false }: OwnOrderTableProps) {
  const [filter, setFilter] = useState('')
  const [side, setSide] = useState<string | undefined>()
  const shown = orders.filter((o) => matches(filter, o.typeName, o.stationName, o.regionName)
    && (side === undefined || (side === 'buy') === o.buyOrder))
  const outbid = orders.filter((o) => o.position?.outbid).length
  return (
    <>
      <div className="filters">
        <TextFilter label="Filter orders" value={filter} onChange={setFilter} placeholder="item or station" testId={`${testId}-filter`} />
        <SelectFilter label="Side" value={side} anyLabel="Both sides" options={SIDES} onChange={setSide} />
      </div>
      {open && outbid > 0 && (
        <p className="warning" data-testid="outbid-count">{outbid} of {orders.length} open orders are outbid or undercut.</p>
      )}
      {shown.length === 0 ? <p className="muted empty">No order matches the filter.</p> : (
        <DataTable columns={columns(open, corporation)} rows={shown} rowKey={(o) => o.orderId} testId={testId} rowTestId="own-order" />
      )}
    </>
  )
}
