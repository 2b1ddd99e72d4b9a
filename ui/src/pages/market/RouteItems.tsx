import type { RouteItem, TradeRoute } from '../../api/market'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { formatAmount } from '../../format'
import { formatM3, formatQuantity } from './marketFormat'

const COLUMNS: Column<RouteItem>[] = [
  { header: 'Item', sort: (i) => i.typeName, cell: (i) => <EntityName kind="type" id={i.typeId} name={i.typeName} size={20} /> },
  { header: 'Quantity', numeric: true, sort: (i) => i.quantity, cell: (i) => formatQuantity(i.quantity) },
  { header: 'Buy at', numeric: true, sort: (i) => i.buyPrice, cell: (i) => formatAmount(i.buyPrice) },
  { header: 'Sell at', numeric: true, sort: (i) => i.sellPrice, cell: (i) => formatAmount(i.sellPrice) },
  { header: 'Profit each', numeric: true, sort: (i) => i.profitPerUnit, cell: (i) => formatAmount(i.profitPerUnit) },
  { header: 'Profit', numeric: true, sort: (i) => i.profit, className: () => 'isk positive', cell: (i) => formatAmount(i.profit) },
  { header: 'Volume', numeric: true, sort: (i) => i.volumeM3, cell: (i) => formatM3(i.volumeM3) },
  { header: 'Profit per m³', numeric: true, sort: (i) => i.profitPerM3, cell: (i) => formatAmount(i.profitPerM3) },
]

/** What to buy at the route's start and sell at its end, item by item. */
export function RouteItems({ route }: { route: TradeRoute }) {
  return (
    <section aria-label="Route cargo" data-testid="route-items">
      <h3>
        {route.fromStationName} → {route.toStationName}
      </h3>
      <DataTable columns={COLUMNS} rows={route.items} rowKey={(i) => i.typeId} testId="route-item-table"
        rowTestId="route-item" compact />
    </section>
  )
}
