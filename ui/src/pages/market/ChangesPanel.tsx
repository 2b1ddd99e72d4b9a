import { useState } from 'react'
import { fetchChanges, type OrderChange } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { Panel } from '../../components/Panel'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount, formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { formatQuantity, matches, stationName } from './marketFormat'

const KINDS = { NEW: 'New', PRICE: 'Price changed', GONE: 'Gone' }

function what(change: OrderChange): string {
  return `${KINDS[change.kind]} ${change.buyOrder ? 'buy' : 'sell'} order`
}

function price(change: OrderChange): string {
  if (change.kind === 'PRICE') return `${formatAmount(change.oldPrice)} → ${formatAmount(change.newPrice)}`
  return formatAmount(change.kind === 'GONE' ? change.oldPrice : change.newPrice)
}

const COLUMNS: Column<OrderChange>[] = [
  { header: 'Seen (EVE)', sort: (c) => c.seenAt, className: () => 'nowrap', cell: (c) => formatInstant(c.seenAt) },
  { header: 'Change', sort: (c) => what(c), cell: (c) => <span className={`change ${c.kind.toLowerCase()}`}>{what(c)}</span> },
  { header: 'Price', numeric: true, sort: (c) => c.newPrice ?? c.oldPrice, className: () => 'isk', cell: price },
  { header: 'Quantity', numeric: true, sort: (c) => c.volumeRemain, cell: (c) => formatQuantity(c.volumeRemain) },
  { header: 'Station', sort: (c) => stationName(c.stationId, c.stationName), cell: (c) => stationName(c.stationId, c.stationName) },
]

interface ChangesPanelProps {
  typeId: number
  regionId: number
  regionName: string
  version: number
}

/** How the book moved between snapshots: orders that came, changed price or went, newest first. */
export function ChangesPanel({ typeId, regionId, regionName, version }: ChangesPanelProps) {
  const [filter, setFilter] = useState('')
  const { result, reload } = useAsync(() => fetchChanges(typeId, regionId), [typeId, regionId, version])
  return (
    <Panel title="Recent changes">
      <AsyncView result={result} onRetry={reload} isEmpty={(changes) => changes.length === 0}
        empty={`No changes seen in ${regionName} yet: changes are kept from one snapshot to the next, so they show after the second.`}>
        {(changes) => {
          const shown = changes.filter((c) => matches(filter, what(c), stationName(c.stationId, c.stationName)))
          return (
            <>
              <div className="filters">
                <TextFilter label="Filter changes" value={filter} onChange={setFilter} placeholder="e.g. gone sell"
                  testId="changes-filter" />
              </div>
              {shown.length === 0 ? <p className="muted empty">No change matches "{filter}".</p> : (
                <DataTable columns={COLUMNS} rows={shown} rowKey={(c) => `${c.orderId}-${c.seenAt}-${c.kind}`}
                  testId="order-changes" rowTestId="order-change" compact />
              )}
            </>
          )
        }}
      </AsyncView>
    </Panel>
  )
}
