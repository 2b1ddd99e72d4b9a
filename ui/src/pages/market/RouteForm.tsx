import type { RouteMode, RouteSearch, TradeHub } from '../../api/market'
import { HubSelect } from './HubSelect'

export interface RouteFields {
  from: number | null
  to: number | null
  cargo: string
  isk: string
  minProfit: string
  maxJumps: string
  mode: RouteMode
  brokerFeePercent: string
  salesTaxPercent: string
}

/** Fees left empty: the server counts an untrained pilot's, as the profit calculator does, and says which. */
export const DEFAULT_ROUTE: Omit<RouteFields, 'from'> = {
  to: null, cargo: '10000', isk: '100000000', minProfit: '', maxJumps: '', mode: 'immediate', brokerFeePercent: '',
  salesTaxPercent: '',
}

const optional = (text: string) => (text.trim() === '' ? undefined : Number(text))
const percent = (n: number | undefined) => n === undefined || (n >= 0 && n <= 100)

/** What is wrong with the form, in words, or the search to send. */
export function toSearch(f: RouteFields): string | RouteSearch {
  const cargo = Number(f.cargo)
  const isk = Number(f.isk)
  const minProfit = optional(f.minProfit)
  const maxJumps = optional(f.maxJumps)
  const brokerFeePercent = optional(f.brokerFeePercent)
  const salesTaxPercent = optional(f.salesTaxPercent)
  if (!(cargo > 0)) return 'The cargo hold must hold more than 0 m³.'
  if (!(isk > 0)) return 'The ISK to spend must be more than 0.'
  if (minProfit !== undefined && !(minProfit >= 0)) return 'The minimum profit is an amount of ISK, 0 or more.'
  if (maxJumps !== undefined && !(Number.isInteger(maxJumps) && maxJumps > 0)) return 'The most jumps is a whole number above 0.'
  if (!percent(brokerFeePercent) || !percent(salesTaxPercent)) return 'Broker fee and sales tax are percentages from 0 to 100.'
  return { from: f.from ?? undefined, to: f.to ?? undefined, cargo, isk, minProfit, maxJumps, mode: f.mode, brokerFeePercent,
    salesTaxPercent }
}

interface RouteFormProps {
  fields: RouteFields
  onChange: (fields: RouteFields) => void
  hubs: TradeHub[]
}

/** Where from and to, the hold and the wallet, how to sell, and the fees to count. */
export function RouteForm({ fields, onChange, hubs }: RouteFormProps) {
  const set = <K extends keyof RouteFields>(name: K) => (value: RouteFields[K]) => onChange({ ...fields, [name]: value })
  const text = (name: keyof RouteFields, label: string, testId: string, placeholder?: string) => (
    <label>
      {label}
      <input data-testid={testId} inputMode="decimal" placeholder={placeholder} value={String(fields[name] ?? '')}
        onChange={(e) => onChange({ ...fields, [name]: e.target.value })} />
    </label>
  )
  return (
    <div className="form-grid">
      <HubSelect label="From" testId="routes-from" hubs={hubs} value={fields.from} onChange={set('from')} anyLabel="Every hub" />
      <HubSelect label="To" testId="routes-to" hubs={hubs} value={fields.to} onChange={set('to')} anyLabel="Every other hub" />
      {text('cargo', 'Cargo m³', 'routes-cargo')}
      {text('isk', 'ISK to spend', 'routes-isk')}
      {text('minProfit', 'Min profit ISK', 'routes-min-profit')}
      {text('maxJumps', 'Most jumps', 'routes-max-jumps')}
      <label>
        Sell
        <select data-testid="routes-mode" value={fields.mode} onChange={(e) => set('mode')(e.target.value as RouteMode)}>
          <option value="immediate">at once, to the buy orders</option>
          <option value="order">with a sell order, under the cheapest</option>
        </select>
      </label>
      {text('brokerFeePercent', 'Broker fee %', 'routes-broker-fee', 'untrained pilot')}
      {text('salesTaxPercent', 'Sales tax %', 'routes-sales-tax', 'untrained pilot')}
    </div>
  )
}
