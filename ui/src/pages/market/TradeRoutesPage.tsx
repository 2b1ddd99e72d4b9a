import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { fetchHubs, fetchTradeRoutes, type RouteSearch, type TradeHub, type TradeRoute } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { TextFilter } from '../../components/TextFilter'
import { formatAmount } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { HubSelect } from './HubSelect'
import { MarketNav } from './MarketNav'
import { formatM3, formatQuantity, matches } from './marketFormat'
import { RouteItems } from './RouteItems'

const key = (r: TradeRoute) => `${r.fromStationId}-${r.toStationId}`

interface RouteForm {
  from: number | null
  to: number | null
  cargo: string
  isk: string
  minProfit: string
}

/** What is wrong with the form, in words, or the search to send. */
export function toSearch(form: RouteForm): string | RouteSearch {
  if (form.from === null) return 'Choose the hub to buy at.'
  const cargo = Number(form.cargo)
  const isk = Number(form.isk)
  const minProfit = form.minProfit.trim() === '' ? undefined : Number(form.minProfit)
  if (!(cargo > 0)) return 'The cargo hold must hold more than 0 m³.'
  if (!(isk > 0)) return 'The ISK to spend must be more than 0.'
  if (minProfit !== undefined && !(minProfit >= 0)) return 'The minimum profit is an amount of ISK, 0 or more.'
  return { from: form.from, to: form.to ?? undefined, cargo, isk, minProfit }
}

function columns(onShow: (route: TradeRoute) => void): Column<TradeRoute>[] {
  return [
    { header: 'From', sort: (r) => r.fromStationName, cell: (r) => r.fromStationName },
    { header: 'To', sort: (r) => r.toStationName, cell: (r) => r.toStationName },
    { header: 'Jumps', numeric: true, sort: (r) => r.jumps, cell: (r) => r.jumps },
    { header: 'Profit', numeric: true, sort: (r) => r.profit, className: () => 'isk positive', cell: (r) => formatAmount(r.profit) },
    { header: 'ISK per jump', numeric: true, sort: (r) => r.iskPerJump, cell: (r) => formatAmount(r.iskPerJump) },
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
  const [form, setForm] = useState<RouteForm>({ from: hubs[0].stationId, to: null, cargo: '10000', isk: '100000000', minProfit: '' })
  const [found, setFound] = useState<{ routes?: TradeRoute[]; error?: string; busy: boolean }>({ busy: false })
  const [filter, setFilter] = useState('')
  const [shown, setShown] = useState<string | null>(null)
  const set = (name: keyof RouteForm) => (value: string | number | null) => setForm((f) => ({ ...f, [name]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const search = toSearch(form)
    if (typeof search === 'string') return setFound({ error: search, busy: false })
    setFound({ busy: true })
    setShown(null)
    try {
      setFound({ routes: await fetchTradeRoutes(search), busy: false })
    } catch (failure) {
      setFound({ error: errorMessage(failure), busy: false })
    }
  }

  const routes = (found.routes ?? []).filter((r) =>
    matches(filter, r.fromStationName, r.toStationName, ...r.items.map((i) => i.typeName)))
  const open = found.routes?.find((r) => key(r) === shown)
  return (
    <>
      <Panel title="Haul">
        <form className="filters" aria-label="Trade route search" onSubmit={(e) => void submit(e)}>
          <HubSelect label="From" testId="routes-from" hubs={hubs} value={form.from} onChange={set('from')} />
          <HubSelect label="To" testId="routes-to" hubs={hubs} value={form.to} onChange={set('to')} anyLabel="Every other hub" />
          <label>
            Cargo m³
            <input data-testid="routes-cargo" inputMode="decimal" value={form.cargo} onChange={(e) => set('cargo')(e.target.value)} />
          </label>
          <label>
            ISK to spend
            <input data-testid="routes-isk" inputMode="decimal" value={form.isk} onChange={(e) => set('isk')(e.target.value)} />
          </label>
          <label>
            Min profit ISK
            <input data-testid="routes-min-profit" inputMode="decimal" value={form.minProfit}
              onChange={(e) => set('minProfit')(e.target.value)} />
          </label>
          <button type="submit" className="button primary small" data-testid="routes-submit" disabled={found.busy}>
            Find routes
          </button>
        </form>
        {found.busy && <p className="muted" role="status">Comparing every item traded at the hubs…</p>}
        {found.error && <ErrorBanner message={found.error} />}
      </Panel>
      {found.routes && (
        <Panel title="Routes">
          {found.routes.length === 0 ? (
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
