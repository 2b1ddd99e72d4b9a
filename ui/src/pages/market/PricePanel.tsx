import { useState } from 'react'
import { fetchHistory, type PriceHistory } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { Panel } from '../../components/Panel'
import { SelectFilter } from '../../components/SelectFilter'
import { formatAmount, formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { formatQuantity } from './marketFormat'
import { chartDays, type ChartDay } from './movingAverage'
import { PriceChart } from './PriceChart'

const RANGES = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 3 months' },
  { value: '180', label: 'Last 6 months' },
  { value: 'all', label: 'Everything ESI keeps' },
]

const COLUMNS: Column<ChartDay>[] = [
  { header: 'Day', sort: (d) => d.date, cell: (d) => d.date, className: () => 'nowrap' },
  { header: 'Average', numeric: true, sort: (d) => d.average, cell: (d) => formatAmount(d.average) },
  { header: 'Lowest', numeric: true, sort: (d) => d.lowest, cell: (d) => formatAmount(d.lowest) },
  { header: 'Highest', numeric: true, sort: (d) => d.highest, cell: (d) => formatAmount(d.highest) },
  { header: 'Volume', numeric: true, sort: (d) => d.volume, cell: (d) => formatQuantity(d.volume) },
  { header: 'Orders', numeric: true, sort: (d) => d.orderCount, cell: (d) => formatQuantity(d.orderCount) },
]

interface PricePanelProps {
  typeId: number
  regionId: number
  regionName: string
  onLoaded: (history: PriceHistory) => void
}

/** The type's daily prices and volumes in the region, as ESI keeps them (about 13 months). */
export function PricePanel({ typeId, regionId, regionName, onLoaded }: PricePanelProps) {
  const [range, setRange] = useState('90')
  const { result, reload } = useAsync(
    () => fetchHistory(typeId, regionId).then((history) => {
      onLoaded(history)
      return history
    }),
    [typeId, regionId],
  )
  return (
    <Panel title="Price history" actions={
      <SelectFilter label="Show" value={range} options={RANGES} onChange={(v) => setRange(v ?? '90')} />
    }>
      <AsyncView result={result} onRetry={reload} isEmpty={(h) => h.days.length === 0}
        empty={`No trades of this item in ${regionName} in the last 13 months, as ESI reports them.`}>
        {(history) => {
          const days = chartDays(history.days, range === 'all' ? null : Number(range))
          return (
            <>
              <PriceChart days={days} />
              <p className="muted small">ESI's daily figures for {history.regionName}, cached until {formatInstant(history.expiresAt)}.</p>
              <details className="history-days">
                <summary>Daily figures</summary>
                <DataTable columns={COLUMNS} rows={[...days].reverse()} rowKey={(d) => d.date} testId="history-days"
                  rowTestId="history-day" compact />
              </details>
            </>
          )
        }}
      </AsyncView>
    </Panel>
  )
}
