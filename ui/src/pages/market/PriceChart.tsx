import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatAmount } from '../../format'
import { formatQuantity } from './marketFormat'
import type { ChartDay } from './movingAverage'

function compact(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(value)
}

function summary(days: ChartDay[]): string {
  const last = days[days.length - 1]
  const volume = days.reduce((sum, d) => sum + d.volume, 0)
  return `${days.length} days from ${days[0].date} to ${last.date}. Last day average ${formatAmount(last.average)}, ` +
    `5-day average ${formatAmount(last.ma5)}, 20-day average ${formatAmount(last.ma20)}; ` +
    `${formatQuantity(volume)} traded in these days.`
}

/** Daily average price with its 5- and 20-day moving averages over the traded volume as bars. */
export function PriceChart({ days }: { days: ChartDay[] }) {
  return (
    <figure className="chart" aria-label="Price history" data-testid="price-chart">
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={days} margin={{ top: 8, right: 0, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#26313d" vertical={false} />
          <XAxis dataKey="date" stroke="#8593a3" fontSize={12} minTickGap={24} />
          <YAxis yAxisId="price" stroke="#8593a3" fontSize={12} tickFormatter={compact} domain={['auto', 'auto']} width={56} />
          <YAxis yAxisId="volume" orientation="right" stroke="#5d6b7a" fontSize={12} tickFormatter={compact} width={48} />
          <Tooltip
            formatter={(value, name) => (name === 'Volume' ? formatQuantity(Number(value)) : formatAmount(Number(value)))}
            contentStyle={{ background: '#131a22', border: '1px solid #26313d' }}
          />
          <Legend />
          <Bar yAxisId="volume" dataKey="volume" name="Volume" fill="#2b3a4a" maxBarSize={12} isAnimationActive={false} />
          <Line yAxisId="price" dataKey="average" name="Average" stroke="#e8c547" dot={false} isAnimationActive={false} />
          <Line yAxisId="price" dataKey="ma5" name="5-day" stroke="#4cc38a" dot={false} isAnimationActive={false} connectNulls />
          <Line yAxisId="price" dataKey="ma20" name="20-day" stroke="#58a6ff" dot={false} isAnimationActive={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden" data-testid="price-chart-summary">{summary(days)}</figcaption>
    </figure>
  )
}
