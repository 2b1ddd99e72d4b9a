import type { FillAs, StructurePlace, TradeHub } from '../../api/market'
import type { Character } from '../../api/types'
import { HubSelect } from './HubSelect'

export interface CalculatorFields {
  buyStationId: number | null
  sellStationId: number | null
  quantity: string
  buyAs: FillAs
  sellAs: FillAs
  taxes: 'character' | 'typed'
  characterId: number | null
  brokerFeePercent: string
  salesTaxPercent: string
}

const FILLS = [
  { value: 'immediate', label: 'at once, from the best order' },
  { value: 'order', label: 'with an order of my own' },
]

interface CalculatorFormProps {
  fields: CalculatorFields
  onChange: (fields: CalculatorFields) => void
  hubs: TradeHub[]
  structures?: StructurePlace[]
  characters: Character[]
}

/** Where to buy and sell, how many, how (at once or by order), and whose tax rates. */
export function CalculatorForm({ fields, onChange, hubs, structures = [], characters }: CalculatorFormProps) {
  const set = <K extends keyof CalculatorFields>(name: K, value: CalculatorFields[K]) => onChange({ ...fields, [name]: value })
  return (
    <div className="form-grid">
      <HubSelect label="Buy at" testId="calc-buy-hub" hubs={hubs} structures={structures} value={fields.buyStationId} onChange={(v) => set('buyStationId', v)} />
      <label>
        Buy
        <select data-testid="calc-buy-as" value={fields.buyAs} onChange={(e) => set('buyAs', e.target.value as FillAs)}>
          {FILLS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </select>
      </label>
      <HubSelect label="Sell at" testId="calc-sell-hub" hubs={hubs} structures={structures} value={fields.sellStationId} onChange={(v) => set('sellStationId', v)} />
      <label>
        Sell
        <select data-testid="calc-sell-as" value={fields.sellAs} onChange={(e) => set('sellAs', e.target.value as FillAs)}>
          {FILLS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </select>
      </label>
      <label>
        Quantity
        <input data-testid="calc-quantity" inputMode="numeric" required value={fields.quantity}
          onChange={(e) => set('quantity', e.target.value)} />
      </label>
      <label>
        Taxes
        <select data-testid="calc-taxes" value={fields.taxes} onChange={(e) => set('taxes', e.target.value as 'character' | 'typed')}>
          <option value="character">From a character's skills and standings</option>
          <option value="typed">Rates I type</option>
        </select>
      </label>
      {fields.taxes === 'character' ? (
        <label>
          Character
          <select data-testid="calc-character" value={fields.characterId ?? ''}
            onChange={(e) => set('characterId', e.target.value ? Number(e.target.value) : null)}>
            {characters.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      ) : (
        <>
          <label>
            Broker fee %
            <input data-testid="calc-broker-fee" inputMode="decimal" value={fields.brokerFeePercent}
              onChange={(e) => set('brokerFeePercent', e.target.value)} />
          </label>
          <label>
            Sales tax %
            <input data-testid="calc-sales-tax" inputMode="decimal" value={fields.salesTaxPercent}
              onChange={(e) => set('salesTaxPercent', e.target.value)} />
          </label>
        </>
      )}
    </div>
  )
}
