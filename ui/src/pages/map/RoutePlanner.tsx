import { useState } from 'react'
import { errorMessage } from '../../api/client'
import { fetchRoute, type MapSystem, type RouteAnswer, type RouteFlag } from '../../api/universe'
import { ErrorBanner } from '../../components/ErrorBanner'
import { resolveSystems, routeSummary } from './routeText'
import { SecurityBadge } from './SecurityBadge'

export interface RouteForm {
  from: string
  to: string
  via: string
  avoid: string
  flag: RouteFlag
}

export const EMPTY_ROUTE: RouteForm = { from: '', to: '', via: '', avoid: '', flag: 'shortest' }

interface RoutePlannerProps {
  form: RouteForm
  onChange: (form: RouteForm) => void
  byName: Map<string, MapSystem>
  /** Region ids by lower-case name: an avoid list may name whole regions. */
  regionsByName: Map<string, number>
  route: RouteAnswer | null
  onRoute: (route: RouteAnswer | null) => void
  onFocus: (systemId: number) => void
}

/** From, to, waypoints in order, systems to avoid and the route preference; the planned route listed below. */
export function RoutePlanner({ form, onChange, byName, regionsByName, route, onRoute, onFocus }: RoutePlannerProps) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const field = (name: keyof RouteForm) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...form, [name]: event.target.value }),
  })

  const plan = async () => {
    const from = resolveSystems(form.from, byName)
    const to = resolveSystems(form.to, byName)
    const via = resolveSystems(form.via, byName)
    const avoid = resolveSystems(form.avoid, byName, regionsByName)
    const unknown = [...from.unknown, ...to.unknown, ...via.unknown, ...avoid.unknown]
    if (unknown.length > 0 || from.ids.length !== 1 || to.ids.length !== 1) {
      setError(unknown.length > 0 ? `Unknown system: ${unknown.join(', ')}` : 'Name one system to start from and one to go to.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      onRoute(await fetchRoute({ from: from.ids[0], to: to.ids[0], via: via.ids, avoid: avoid.ids, flag: form.flag }))
    } catch (failure) {
      onRoute(null)
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  const summary = route ? routeSummary(route.systems) : null
  return (
    <div className="route-planner">
      <form onSubmit={(event) => { event.preventDefault(); void plan() }} aria-label="Plan a route">
        <label>From <input data-testid="route-from" placeholder="Jita" {...field('from')} /></label>
        <label>To <input data-testid="route-to" placeholder="Amarr" {...field('to')} /></label>
        <label>Waypoints, in order <input data-testid="route-via" placeholder="Perimeter, Urlen" {...field('via')} /></label>
        <label>Avoid <input data-testid="route-avoid" placeholder="Uedama, Niarja or a region" {...field('avoid')} /></label>
        <label>
          Prefer
          <select data-testid="route-flag" value={form.flag}
            onChange={(event) => onChange({ ...form, flag: event.target.value as RouteFlag })}>
            <option value="shortest">Shortest</option>
            <option value="secure">Safer (high-sec)</option>
            <option value="insecure">Less secure</option>
          </select>
        </label>
        <div className="route-actions">
          <button type="submit" className="button primary small" disabled={busy} data-testid="route-plan">
            {busy ? 'Planning…' : 'Plan route'}
          </button>
          {route && <button type="button" className="button secondary small" onClick={() => onRoute(null)}>Clear</button>}
        </div>
      </form>
      {error && <ErrorBanner message={error} />}
      {route && summary && (
        <div data-testid="route-result">
          <p>
            <strong data-testid="route-jumps">{route.jumps} jumps</strong> ({route.flag}) ·{' '}
            {summary.high} high-sec, {summary.low} low-sec, {summary.null} null-sec systems
          </p>
          <ol className="route-list" data-testid="route-list">
            {route.systems.map((system, n) => (
              <li key={`${system.id}-${n}`}>
                <SecurityBadge security={system.security} />{' '}
                <button type="button" className="link-button" onClick={() => onFocus(system.id)}>{system.name}</button>{' '}
                <span className="muted">{system.regionName}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  )
}
