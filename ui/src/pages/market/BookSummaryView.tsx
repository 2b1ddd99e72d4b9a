import type { BookSummary } from '../../api/market'
import { formatAmount } from '../../format'
import { formatPercent, formatQuantity } from './marketFormat'

/** Best bid and ask, the spread between them, and how much trades near the best prices. */
export function BookSummaryView({ summary }: { summary: BookSummary }) {
  const facts: [string, string][] = [
    ['Best ask (sell)', formatAmount(summary.bestAsk)],
    ['Best bid (buy)', formatAmount(summary.bestBid)],
    ['Spread', summary.spread === null ? '—' : `${formatAmount(summary.spread)} (${formatPercent(summary.spreadPercent)})`],
    ['For sale', `${formatQuantity(summary.askVolume)} (${formatQuantity(summary.askVolumeWithin5)} within 5 %)`],
    ['Wanted', `${formatQuantity(summary.bidVolume)} (${formatQuantity(summary.bidVolumeWithin5)} within 5 %)`],
  ]
  return (
    <dl className="stats book-summary" data-testid="book-summary">
      {facts.map(([term, value]) => (
        <div className="stat" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
