import type { CalculatorResult } from '../../api/market'
import { formatAmount } from '../../format'
import { formatPercent, formatQuantity } from './marketFormat'

const SOURCES = {
  character: "from the character's skills and standings",
  typed: 'as you typed them',
  default: 'the defaults for a character without trade skills (no character data)',
}

function isk(value: number | null): { text: string; className: string } {
  return { text: formatAmount(value), className: value === null ? '' : value < 0 ? 'isk negative' : 'isk positive' }
}

/** The calculator's answer: prices, fees, profit per unit, per m³ and per day, and where the rates came from. */
export function CalculatorResultView({ result, quantity }: { result: CalculatorResult; quantity: number }) {
  const taxes = result.taxes
  const rows: [string, { text: string; className: string }][] = [
    ['Buy price (each)', { text: formatAmount(result.buyPrice), className: '' }],
    ['Sell price (each)', { text: formatAmount(result.sellPrice), className: '' }],
    ['Broker fees', { text: formatAmount(result.brokerFee), className: '' }],
    ['Sales tax', { text: formatAmount(result.salesTax), className: '' }],
    ['Profit per unit', isk(result.profitPerUnit)],
    ['Margin', { text: formatPercent(result.margin), className: '' }],
    [`Profit for ${formatQuantity(quantity)}`, isk(result.profit)],
    ['Profit per m³', isk(result.profitPerM3)],
    ['Traded per day', { text: formatQuantity(result.dailyVolume), className: '' }],
    ['Profit per day of trade', isk(result.profitPerDay)],
  ]
  return (
    <div data-testid="calculator-result">
      {(result.buyPrice === null || result.sellPrice === null) && (
        <p className="muted empty" data-testid="calculator-no-price">
          {result.buyPrice === null ? 'Nobody sells this item at the buying hub' : 'Nobody buys this item at the selling hub'}
          {' '}in the current snapshot: there is no price to compute a profit from.
        </p>
      )}
      <dl className="terms result-terms">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={value.className}>{value.text}</dd>
          </div>
        ))}
      </dl>
      {result.buyStationName && result.sellStationName && (
        <p className="muted small">
          {result.typeName ?? 'The item'}: bought at {result.buyStationName}, sold at {result.sellStationName}.
        </p>
      )}
      <p className="muted small" data-testid="calculator-taxes">
        Broker fee {formatPercent(taxes.brokerFeePercent)}
        {taxes.buyBrokerFeePercent !== undefined && ` (${formatPercent(taxes.buyBrokerFeePercent)} where bought)`}, sales
        tax {formatPercent(taxes.salesTaxPercent)}
        {taxes.relistFeePercent !== undefined && `, ${formatPercent(taxes.relistFeePercent)} for each price change of the sell order`},{' '}
        {SOURCES[taxes.source]}.
      </p>
    </div>
  )
}
