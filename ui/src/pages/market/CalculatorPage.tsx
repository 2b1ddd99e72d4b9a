import { useState, type FormEvent } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { errorMessage } from '../../api/client'
import { calculateProfit, fetchHubs, fetchStructures, type CalculatorRequest, type CalculatorResult } from '../../api/market'
import { useCharacters } from '../../character/CharacterContext'
import { AsyncView } from '../../components/AsyncView'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { useAsync } from '../../hooks/useAsync'
import { CalculatorForm, type CalculatorFields } from './CalculatorForm'
import { CalculatorResultView } from './CalculatorResultView'
import { ChosenType } from './ChosenType'
import { MarketNav } from './MarketNav'
import { TypeSearch } from './TypeSearch'

const JITA = 60003760
const AMARR = 60008494

/** What is wrong with the form, in words, or the request to send. */
export function toRequest(typeId: number | null, f: CalculatorFields): string | CalculatorRequest {
  if (typeId === null) return 'Choose an item first.'
  if (f.buyStationId === null || f.sellStationId === null) return 'Choose where to buy and where to sell.'
  const quantity = Number(f.quantity)
  if (!Number.isInteger(quantity) || quantity <= 0) return 'The quantity must be a whole number above 0.'
  const base = { typeId, buyStationId: f.buyStationId, sellStationId: f.sellStationId, quantity, buyAs: f.buyAs, sellAs: f.sellAs }
  if (f.taxes === 'character') return f.characterId === null ? base : { ...base, characterId: f.characterId }
  const brokerFeePercent = Number(f.brokerFeePercent)
  const salesTaxPercent = Number(f.salesTaxPercent)
  const rate = (v: string, n: number) => v.trim() !== '' && n >= 0 && n <= 100
  if (!rate(f.brokerFeePercent, brokerFeePercent) || !rate(f.salesTaxPercent, salesTaxPercent)) {
    return 'Broker fee and sales tax are percentages from 0 to 100.'
  }
  return { ...base, brokerFeePercent, salesTaxPercent }
}

/** Buy an item at one hub and sell it at another (or the same): the profit after broker fees and sales tax. */
export function CalculatorPage() {
  const { me, character } = useCharacters()
  const [params] = useSearchParams()
  const linked = useLocation().state as { typeName?: string | null } | null
  const hubs = useAsync(fetchHubs, [])
  const structures = useAsync(fetchStructures, [])
  const initialType = Number(params.get('typeId'))
  const [type, setType] = useState({
    typeId: Number.isInteger(initialType) && initialType > 0 ? initialType : null,
    typeName: linked?.typeName ?? null,
  })
  const [fields, setFields] = useState<CalculatorFields>({
    buyStationId: JITA, sellStationId: AMARR, quantity: '1', buyAs: 'immediate', sellAs: 'order',
    taxes: character ? 'character' : 'typed', characterId: character?.id ?? null, brokerFeePercent: '3', salesTaxPercent: '7.5',
  })
  const [outcome, setOutcome] = useState<{ result?: CalculatorResult; quantity?: number; error?: string; busy: boolean }>({ busy: false })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const request = toRequest(type.typeId, fields)
    if (typeof request === 'string') {
      setOutcome({ error: request, busy: false })
      return
    }
    setOutcome({ busy: true })
    try {
      setOutcome({ result: await calculateProfit(request), quantity: request.quantity, busy: false })
    } catch (failure) {
      setOutcome({ error: errorMessage(failure), busy: false })
    }
  }

  return (
    <>
      <MarketNav />
      <Panel title="Trade">
        <AsyncView result={hubs.result} onRetry={hubs.reload} isEmpty={(list) => list.length === 0}
          empty="The server knows no trade hubs: its static data is missing.">
          {(list) => (
            <form aria-label="Profit calculator" onSubmit={(e) => void submit(e)}>
              <TypeSearch id="calc-type" label="Item" onChoose={(t) => setType({ typeId: t.typeId, typeName: t.typeName })} />
              <ChosenType typeId={type.typeId} typeName={type.typeName} />
              <CalculatorForm fields={fields} onChange={setFields} hubs={list}
                structures={structures.result.state === 'ready' ? structures.result.data : []} characters={me.characters} />
              <div className="form-actions">
                <button type="submit" className="button primary" data-testid="calc-submit" disabled={outcome.busy}>
                  Calculate
                </button>
              </div>
            </form>
          )}
        </AsyncView>
      </Panel>
      {(outcome.error || outcome.result) && (
        <Panel title="Profit">
          {outcome.error && <ErrorBanner message={outcome.error} />}
          {outcome.result && <CalculatorResultView result={outcome.result} quantity={outcome.quantity ?? 1} />}
        </Panel>
      )}
    </>
  )
}
