import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { WalletStatistics } from '../../api/wallet'
import { formatIsk } from '../../format'

function compact(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

/** Income and expense per period as bars; the table below it carries the same figures for screen readers. */
export function IskFlowChart({ statistics }: { statistics: WalletStatistics }) {
  const data = statistics.byPeriod.map((p) => ({
    period: p.start.slice(0, 10),
    income: Number(p.income),
    expense: -Number(p.expense),
  }))
  return (
    <figure className="chart" aria-label="ISK flow per period" data-testid="isk-flow">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#26313d" vertical={false} />
          <XAxis dataKey="period" stroke="#8593a3" fontSize={12} />
          <YAxis stroke="#8593a3" fontSize={12} tickFormatter={compact} />
          <Tooltip
            formatter={(value) => formatIsk(Number(value).toFixed(2))}
            contentStyle={{ background: '#131a22', border: '1px solid #26313d' }}
          />
          <Legend />
          <Bar dataKey="income" name="Income" fill="#4cc38a" maxBarSize={48} />
          <Bar dataKey="expense" name="Expense" fill="#e5534b" maxBarSize={48} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">
        {data.map((d) => `${d.period}: income ${d.income}, expense ${d.expense}`).join('; ')}
      </figcaption>
    </figure>
  )
}
