import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { fetchHubs, fetchTradeRoutes, type TradeHub, type TradeRoute, type TradeRoutesAnswer } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { MarketNav } from './MarketNav'
import { formatM3, formatPercent, formatQuantity, matches } from './marketFormat'
import { DEFAULT_ROUTE, RouteForm, toSearch, type RouteFields } from './RouteForm'
import { RouteItems } from './RouteItems'

const key = (r: TradeRoute) => `${r.fromStationId}-${r.toStationId}`

function columns(onShow: (route: TradeRoute) => void): Column<TradeRoute>[] {
  return [
    { header: 'From', sort: (r) => r.fromStationName, cell: (r) => <span className="station">{r.fromStationName}</span> },
    { header: 'To', sort: (r) => r.toStationName, cell: (r) => <span className="station">{r.toStationName}</span> },
    { header: 'Jumps', numeric: true, sort: (r) => r.jumps, cell: (r) => r.jumps },
    { header: 'Profit', numeric: true, sort: (r) => r.profit, className: () => 'isk positive', cell: (r) => formatAmount(r.profit) },
    { header: 'ISK per jump', numeric: true, sort: (r) => r.iskPerJump, cell: (r) => formatAmount(r.iskPerJump) },
    { header: 'Profit per m³', numeric: true, sort: (r) => r.profitPerM3, cell: (r) => formatAmount(r.profitPerM3) },
    { header: 'Cargo', numeric: true, sort: (r) => r.cargoUsed, cell: (r) => formatM3(r.cargoUsed) },
    { header: 'ISK needed', numeric: true, sort: (r) => r.iskNeeded, cell: (r) => formatAmount(r.iskNeeded) },
    {
      header: 'Items', numeric: true, sort: (r) => r.items.length,
      cell: (r) => (
        <button type="button" className="link-button" onClick={() => onShow(r)}
          aria-label={`Show the ${r.items.length} items from ${r.fromStationName} to ${r.toStationName}`}>
          {formatQuantity(r.items.length)} items
        </button>
      ),
    },
  ]
}

/** The most profitable loads to haul from one hub to another (or to every other hub) in a given hold and budget. */
export function TradeRoutesPage() {
  const hubs = useAsync(fetchHubs, [])
  return (
    <>
      <MarketNav />
      <AsyncView result={hubs.result} onRetry={hubs.reload} isEmpty={(list) => list.length === 0}
        empty="The server knows no trade hubs: its static data is missing.">
        {(list) => <TradeRoutes hubs={list} />}
      </AsyncView>
    </>
  )
}

function TradeRoutes({ hubs }: { hubs: TradeHub[] }) {
  const [form, setForm] = useState<RouteFields>({ ...DEFAULT_ROUTE, from: hubs[0].stationId })
  const [found, setFound] = useState<{ answer?: TradeRoutesAnswer; error?: string; busy: boolean }>({ busy: false })
  const [filter, setFilter] = useState('')
  const [shown, setShown] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const search = toSearch(form)
    if (typeof search === 'string') return setFound({ error: search, busy: false })
    setFound({ busy: true })
    setShown(null)
    try {
      setFound({ answer: await fetchTradeRoutes(search), busy: false })
    } catch (failure) {
      setFound({ error: errorMessage(failure), busy: false })
    }
  }

  const answer = found.answer
  const routes = (answer?.routes ?? []).filter((r) =>
    matches(filter, r.fromStationName, r.toStationName, ...r.items.map((i) => i.typeName)))
  const open = answer?.routes.find((r) => key(r) === shown)
  return (
    <>
      <Panel title="Haul">
        <form aria-label="Trade route search" onSubmit={(e) => void submit(e)}>
          <RouteForm fields={form} onChange={setForm} hubs={hubs} />
          <div className="form-actions">
            <button type="submit" className="button primary" data-testid="routes-submit" disabled={found.busy}>
              Find routes
            </button>
          </div>
        </form>
        {found.busy && <p className="muted" role="status">Comparing every item traded at the hubs…</p>}
        {found.error && <ErrorBanner message={found.error} />}
      </Panel>
      {answer && (
        <Panel title="Routes">
          <p className="muted small" data-testid="routes-fees">
            {answer.mode === 'order' ? 'Sold with sell orders' : 'Sold at once to the buy orders'}, after a broker fee of{' '}
            {formatPercent(answer.fees.brokerFeePercent)} and sales tax of {formatPercent(answer.fees.salesTaxPercent)}
            {answer.fees.source === 'default' ? ' (an untrained pilot\'s rates at an NPC station, as in the profit calculator)' : ''}.
          </p>
          {answer.routes.length === 0 ? (
            <p className="muted empty" data-testid="routes-empty">
              No item makes a profit on these routes after taxes within that hold and budget: try more cargo, more ISK or
              another hub (or the hubs' books are not read yet).
            </p>
          ) : (
            <>
              <div className="filters">
                <TextFilter label="Filter routes" value={filter} onChange={setFilter} placeholder="hub or item" testId="routes-filter" />
              </div>
              {routes.length === 0 ? <p className="muted empty">No route matches "{filter}".</p> : (
                <DataTable columns={columns((r) => setShown(key(r)))} rows={routes} rowKey={key} testId="trade-routes"
                  rowTestId="trade-route" />
              )}
              {open && <RouteItems route={open} />}
            </>
          )}
        </Panel>
      )}
    </>
  )
}
