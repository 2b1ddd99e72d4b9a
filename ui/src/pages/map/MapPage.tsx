import { useCallback, useMemo, useState } from 'react'
import type { MapSystem, RouteAnswer } from '../../api/universe'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { useLiveTopic } from '../../live/LiveContext'
import { buildLayers, type ColourMode, type HeatMetric } from './layers'
import { LayerControls } from './LayerControls'
import { MapCanvas } from './MapCanvas'
import { pilotsBySystem } from './pilots'
import { PilotsPanel } from './PilotsPanel'
import { subset, type MapScene } from './mapScene'
import { EMPTY_ROUTE, RoutePlanner, type RouteForm } from './RoutePlanner'
import { SystemDetails } from './SystemDetails'
import { SystemSearch } from './SystemSearch'
import { ready, useMapData } from './useMapData'

/**
 * The star map: every system and gate of New Eden (or one region) on a zoomable canvas with security or
 * sovereignty colours, an activity heat map, incursions, live kills, the user's own characters and a route planner
 * listed beside it.
 */
export function MapPage() {
  const data = useMapData()
  const [regionId, setRegionId] = useState<number | null>(null)
  const [mode, setMode] = useState<ColourMode>('security')
  const [metric, setMetric] = useState<HeatMetric>('none')
  const [selected, setSelected] = useState<number | null>(null)
  const [focus, setFocus] = useState({ ids: [] as number[], key: 0 })
  const [form, setForm] = useState<RouteForm>(EMPTY_ROUTE)
  const [route, setRoute] = useState<RouteAnswer | null>(null)
  const [flash, setFlash] = useState({ ids: [] as number[], key: 0 })

  const activity = ready(data.activity.result)
  const sovereignty = ready(data.sovereignty.result)
  const incursions = ready(data.incursions.result)
  const pilots = ready(data.pilots.result)
  const whole = ready(data.map.result)
  const map = useMemo(() => (whole ? subset(whole, regionId) : null), [whole, regionId])

  useLiveTopic('killmails', (event) => {
    if (event.type !== 'killmail.new') return
    const systemId = (event.payload as { solarSystemId?: number }).solarSystemId
    if (typeof systemId === 'number') setFlash((f) => ({ ids: [systemId], key: f.key + 1 }))
  })

  const routeIds = useMemo(() => route?.systems.map((s) => s.id) ?? [], [route])
  const layersFor = useCallback(
    (scene: MapScene) => buildLayers(scene, { mode, metric, activity, sovereignty, incursions, route: routeIds, selected,
      pilots }),
    [mode, metric, activity, sovereignty, incursions, routeIds, selected, pilots],
  )
  const byId = useMemo(() => new Map((whole?.systems ?? []).map((s) => [s.id, s])), [whole])
  const focusOn = (id: number) => {
    const target = byId.get(id)
    if (target && regionId !== null && target.regionId !== regionId) setRegionId(null)
    setSelected(id)
    setFocus((f) => ({ ids: [id], key: f.key + 1 }))
  }
  /** A planned route is fitted into view: the pilot sees all of it, whatever the map showed before. */
  const showRoute = (planned: RouteAnswer | null) => {
    setRoute(planned)
    if (planned && planned.systems.length > 0) setFocus((f) => ({ ids: planned.systems.map((s) => s.id), key: f.key + 1 }))
  }
  const system: MapSystem | undefined = selected === null ? undefined : byId.get(selected)
  const pilotsHere = useMemo(() => pilotsBySystem(pilots), [pilots])

  const addToRoute = (role: 'from' | 'to' | 'via' | 'avoid') => {
    if (!system) return
    const list = (text: string) => (text.trim() ? `${text}, ${system.name}` : system.name)
    setForm((f) => ({ ...f, [role]: role === 'via' || role === 'avoid' ? list(f[role]) : system.name }))
  }

  return (
    <div className="map-page">
      <Panel title="Star map" className="map-panel">
        <AsyncView result={data.map.result} onRetry={data.map.reload}
          isEmpty={(m) => m.systems.length === 0} empty="The static data has no systems: the map cannot be drawn.">
          {() => map && (
            <MapCanvas map={map} layersFor={layersFor} focusIds={focus.ids} focusKey={focus.key}
              flashIds={flash.ids} flashKey={flash.key} onSelect={setSelected} />
          )}
        </AsyncView>
        <p className="muted map-hint">
          Drag to pan, scroll or pinch to zoom, click a system. Pink diamonds: your characters (where the location
          scope is granted). Purple rings: incursions. Yellow rings: sovereignty fights. Red flashes: kills pushed live.
        </p>
      </Panel>
      <aside className="map-side">
        <Panel title="Find">
          <SystemSearch onFound={(found) => focusOn(found.id)} />
          {system && (
            <SystemDetails system={system} nameOf={(id) => byId.get(id)?.name}
              pilots={pilotsHere.get(system.id) ?? []} onRoute={addToRoute} />
          )}
        </Panel>
        <Panel title="Your pilots">
          <AsyncView result={data.pilots.result} onRetry={data.pilots.reload}>
            {(list) => (
              <PilotsPanel pilots={list} onMap={(id) => byId.has(id)} onFocus={focusOn} onRefresh={data.pilots.reload} />
            )}
          </AsyncView>
        </Panel>
        <Panel title="Route">
          <RoutePlanner form={form} onChange={setForm} byName={data.byName} regionsByName={data.regionsByName}
            route={route} onRoute={showRoute} onFocus={focusOn} />
        </Panel>
        <Panel title="Layers">
          <LayerControls regions={whole?.regions ?? []} regionId={regionId} onRegion={setRegionId} mode={mode}
            onMode={setMode} metric={metric} onMetric={setMetric} window={data.window} onWindow={data.setWindow}
            activity={activity} sovereignty={sovereignty} />
        </Panel>
      </aside>
    </div>
  )
}
