import type { ActivityAnswer, ActivityWindow, MapRegion, SovereigntyAnswer } from '../../api/universe'
import { holderColour } from './colours'
import type { ColourMode, HeatMetric } from './layers'

interface LayerControlsProps {
  regions: MapRegion[]
  regionId: number | null
  onRegion: (regionId: number | null) => void
  mode: ColourMode
  onMode: (mode: ColourMode) => void
  metric: HeatMetric
  onMetric: (metric: HeatMetric) => void
  window: ActivityWindow
  onWindow: (window: ActivityWindow) => void
  activity: ActivityAnswer | null
  sovereignty: SovereigntyAnswer | null
}

/** Which part of New Eden, the node colouring, the heat map and its window, with why a layer is empty. */
export function LayerControls(props: LayerControlsProps) {
  const { activity, sovereignty, mode, metric } = props
  return (
    <div className="layer-controls">
      <label>
        Region
        <select data-testid="map-region" value={props.regionId ?? ''}
          onChange={(e) => props.onRegion(e.target.value ? Number(e.target.value) : null)}>
          <option value="">All of New Eden</option>
          {[...props.regions].sort((a, b) => a.name.localeCompare(b.name)).map((r) => (
            <option key={r.id} value={r.id}>{r.name}</option>
          ))}
        </select>
      </label>
      <label>
        Colour systems by
        <select data-testid="map-colour" value={mode} onChange={(e) => props.onMode(e.target.value as ColourMode)}>
          <option value="security">Security</option>
          <option value="sovereignty">Sovereignty</option>
        </select>
      </label>
      <label>
        Heat map
        <select data-testid="map-heat" value={metric} onChange={(e) => props.onMetric(e.target.value as HeatMetric)}>
          <option value="none">Off</option>
          <option value="kills">Kills (ships and pods)</option>
          <option value="jumps">Jumps</option>
          <option value="npcKills">NPC kills</option>
        </select>
      </label>
      <label>
        Over the last
        <select data-testid="map-window" value={props.window}
          onChange={(e) => props.onWindow(e.target.value as ActivityWindow)}>
          <option value="1h">hour</option>
          <option value="24h">24 hours</option>
        </select>
      </label>
      {metric !== 'none' && activity && !activity.latestHour && (
        <p className="muted" data-testid="activity-empty">
          Activity is not synced yet: the server reads ESI&apos;s hourly kill and jump statistics once it runs.
        </p>
      )}
      {metric !== 'none' && activity?.latestHour && (
        <p className="muted">Statistics up to {new Date(activity.latestHour).toLocaleString()}.</p>
      )}
      {mode === 'sovereignty' && <SovereigntyLegend sovereignty={sovereignty} />}
    </div>
  )
}

function SovereigntyLegend({ sovereignty }: { sovereignty: SovereigntyAnswer | null }) {
  if (!sovereignty || sovereignty.holders.length === 0) {
    return <p className="muted" data-testid="sovereignty-empty">No sovereignty synced yet: the server reads it from ESI hourly.</p>
  }
  return (
    <ul className="map-legend" data-testid="sovereignty-legend">
      {sovereignty.holders.slice(0, 12).map((h) => (
        <li key={h.id}>
          <span className="swatch" style={{ background: holderColour(h.id) }} /> {h.name ?? `unnamed ${h.kind}`}{' '}
          <span className="muted">{h.systems.length}</span>
        </li>
      ))}
    </ul>
  )
}
