import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { quickTrade, type QuickTradeAnswer, type QuickTradeLine } from '../../api/market'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount } from '../../format'
import { MarketNav } from './MarketNav'
import { formatQuantity, matches } from './marketFormat'

type Hub = QuickTradeAnswer['hubs'][number]
type Line = QuickTradeAnswer['lines'][number]

const LINE_COLUMNS: Column<Line>[] = [
  { header: 'Item', sort: (l) => l.typeName, cell: (l) => <EntityName kind="type" id={l.typeId} name={l.typeName} size={20} /> },
  { header: 'Quantity', numeric: true, sort: (l) => l.quantity, cell: (l) => formatQuantity(l.quantity) },
]

function shortfall(lines: QuickTradeLine[] | undefined) {
  if (!lines || lines.length === 0) return <span className="muted">Nothing</span>
  return (
    <details>
      <summary>{lines.length} {lines.length === 1 ? 'item' : 'items'}</summary>
      <ul className="plain-list">
        {lines.map((m) => <li key={m.typeName}>{formatQuantity(m.quantity)} × {m.typeName}</li>)}
      </ul>
    </details>
  )
}

function hubColumns(answer: QuickTradeAnswer): Column<Hub>[] {
  // the best totals among hubs that can take the whole list: a hub missing items looks cheaper than it is
  const cheapest = Math.min(...answer.hubs.filter((h) => h.missing.length === 0).map((h) => h.buyTotal ?? Infinity))
  const richest = Math.max(...answer.hubs.filter((h) => (h.unsold ?? []).length === 0).map((h) => h.sellTotal ?? -Infinity))
  return [
    { header: 'Hub', sort: (h) => h.stationName, cell: (h) => h.stationName },
    {
      header: 'Buy all here', numeric: true, sort: (h) => h.buyTotal,
      cell: (h) => <>{h.buyTotal === cheapest && <span className="tag good">cheapest</span>}{formatAmount(h.buyTotal)}</>,
    },
    {
      header: 'Sell all here', numeric: true, sort: (h) => h.sellTotal,
      cell: (h) => <>{h.sellTotal === richest && <span className="tag good">best</span>}{formatAmount(h.sellTotal)}</>,
    },
    { header: 'Not for sale', sort: (h) => h.missing.length, cell: (h) => shortfall(h.missing) },
    { header: 'Nobody buys', sort: (h) => h.unsold?.length ?? 0, cell: (h) => shortfall(h.unsold) },
  ]
}

/** A pasted shopping list (EVE's multibuy or an inventory copy) priced at every hub, with what each one lacks. */
export function QuickTradePage() {
  const [text, setText] = useState('')
  const [filter, setFilter] = useState('')
  const [found, setFound] = useState<{ answer?: QuickTradeAnswer; error?: string; busy: boolean }>({ busy: false })

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (text.trim() === '') return setFound({ error: 'Paste some items first, one per line: "Tritanium 1000".', busy: false })
    setFound({ busy: true })
    try {
      setFound({ answer: await quickTrade(text), busy: false })
    } catch (failure) {
      setFound({ error: errorMessage(failure), busy: false })
    }
  }

  const answer = found.answer
  return (
    <>
      <MarketNav />
      <Panel title="Items">
        <form className="quick-trade" aria-label="Quick trade" onSubmit={(e) => void submit(e)}>
          <label htmlFor="quick-trade-text">Paste from EVE (multibuy, or items copied from the inventory)</label>
          <textarea id="quick-trade-text" data-testid="quick-trade-text" rows={8} value={text}
            placeholder={'Tritanium 10000\nPyerite 5000\nRifter\t2'} onChange={(e) => setText(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button primary" data-testid="quick-trade-submit" disabled={found.busy}>Price at every hub</button>
          </div>
        </form>
        {found.error && <ErrorBanner message={found.error} />}
      </Panel>
      {answer && (
        <>
          <Panel title="Hubs">
            {answer.lines.length === 0 ? (
              <p className="muted empty" data-testid="quick-trade-empty">No line names an item on the market: nothing to price.</p>
            ) : (
              <DataTable columns={hubColumns(answer)} rows={answer.hubs} rowKey={(h) => h.stationId} testId="quick-trade-hubs"
                rowTestId="quick-trade-hub" caption="Buying at the best sell orders, selling to the best buy orders." />
            )}
            {answer.unknown.length > 0 && (
              <p className="muted" data-testid="quick-trade-unknown">
                Not recognised (no market item by that name): {answer.unknown.join(', ')}
              </p>
            )}
          </Panel>
          {answer.lines.length > 0 && (
            <Panel title="Shopping list">
              <div className="filters">
                <TextFilter label="Filter items" value={filter} onChange={setFilter} testId="quick-trade-filter" />
              </div>
              <DataTable columns={LINE_COLUMNS} rows={answer.lines.filter((l) => matches(filter, l.typeName))}
                rowKey={(l) => l.typeId} testId="quick-trade-lines" rowTestId="quick-trade-line" compact />
            </Panel>
          )}
        </>
      )}
    </>
  )
}
