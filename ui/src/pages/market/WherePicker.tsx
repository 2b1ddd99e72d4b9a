import type { MarketRegion } from '../../api/market'

/** A place inside the region a book can be narrowed to. */
export interface Place {
  key: string
  label: string
}

/** "station:60003760", "system:30000142" or "" for the whole region. */
export function placeScope(key: string): { systemId?: number; stationId?: number } {
  const [kind, id] = key.split(':')
  if (kind === 'station') return { stationId: Number(id) }
  if (kind === 'system') return { systemId: Number(id) }
  return {}
}

interface WherePickerProps {
  regions: MarketRegion[]
  regionId: number
  onRegion: (regionId: number) => void
  places: Place[]
  where: string
  onWhere: (key: string) => void
  depth: number
  onDepth: (depth: number) => void
}

/** The book's scope: a region the server reads, the whole of it or a system or station in it, and how deep. */
export function WherePicker(props: WherePickerProps) {
  return (
    <div className="filters" role="group" aria-label="Order book scope">
      <label>
        Region
        <select data-testid="book-region" value={props.regionId} onChange={(e) => props.onRegion(Number(e.target.value))}>
          {props.regions.map((r) => <option key={r.regionId} value={r.regionId}>{r.regionName}</option>)}
        </select>
      </label>
      <label>
        Where
        <select data-testid="book-where" value={props.where} onChange={(e) => props.onWhere(e.target.value)}>
          <option value="">Whole region</option>
          {props.places.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
        </select>
      </label>
      <label>
        Orders per side
        <select data-testid="book-depth" value={props.depth} onChange={(e) => props.onDepth(Number(e.target.value))}>
          {[10, 20, 50, 100].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </div>
  )
}
