import { useCallback, useMemo, useState } from 'react'
import type { MapSystem, RouteAnswer } from '../../api/universe'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { useLiveTopic } from '../../live/LiveContext'
import { buildLayers, holdersBySystem, type ColourMode, type HeatMetric } from './layers'
import { LayerControls } from './LayerControls'
import { MapCanvas } from './MapCanvas'
import { subset, type MapScene } from './mapScene'
import { EMPTY_ROUTE, RoutePlanner, type RouteForm } from './RoutePlanner'
import { SystemDetails } from './SystemDetails'
import { SystemSearch } from './SystemSearch'
import { ready, useMapData } from './useMapData'

/**
 * The star map: every system and gate of New Eden (or one region) on a zoomable canvas with security or
 * sovereignty colours, an activity heat map, incursions, live kills and a route planner listed beside it.
 */
export function MapPage() {
  const data = useMapData()
  const [regionId, setRegionId] = useState<number | null>(null)
  const [mode, setMode] = useState<ColourMode>('security')
  const [metric, setMetric] = useState<HeatMetric>('none')
  const [selected, setSelected] = useState<number | null>(null)
  const [focus, setFocus] = useState({ id: null as number | null, key: 0 })
  const [form, setForm] = useState<RouteForm>(EMPTY_ROUTE)
  const [route, setRoute] = useState<RouteAnswer | null>(null)
  const [flash, setFlash] = useState({ ids: [] as number[], key: 0 })

  const activity = ready(data.activity.result)
  const sovereignty = ready(data.sovereignty.result)
  const incursions = ready(data.incursions.result)
  const whole = ready(data.map.result)
  const map = useMemo(() => (whole ? subset(whole, regionId) : null), [whole, regionId])

  useLiveTopic('killmails', (event) => {
    if (event.type !== 'killmail.new') return
    const systemId = (event.payload as { solarSystemId?: number }).solarSystemId
    if (typeof systemId === 'number') setFlash((f) => ({ ids: [systemId], key: f.key + 1 }))
  })

  const routeIds = useMemo(() => route?.systems.map((s) => s.id) ?? [], [route])
  const layersFor = useCallback(
    (scene: MapScene) => buildLayers(scene, { mode, metric, activity, sovereignty, incursions, route: routeIds, selected }),
    [mode, metric, activity, sovereignty, incursions, routeIds, selected],
  )
  const focusOn = (id: number) => {
    setSelected(id)
    setFocus((f) => ({ id, key: f.key + 1 }))
  }
  const system: MapSystem | undefined = whole?.systems.find((s) => s.id === selected)
  const holders = useMemo(() => holdersBySystem(sovereignty), [sovereignty])

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
            <MapCanvas map={map} layersFor={layersFor} focusId={focus.id} focusKey={focus.key}
              flashIds={flash.ids} flashKey={flash.key} onSelect={setSelected} />
          )}
        </AsyncView>
        <p className="muted map-hint">
          Drag to pan, scroll or pinch to zoom, click a system. Purple rings: incursions. Yellow rings: sovereignty
          fights. Red flashes: kills pushed live. Character locations are not shown yet (the server does not read locations).
        </p>
      </Panel>
      <aside className="map-side">
        <Panel title="Find">
          <SystemSearch onFound={(found) => {
            if (regionId !== null && found.regionId !== regionId) setRegionId(null)
            focusOn(found.id)
          }} />
          {system && (
            <SystemDetails system={system} regionName={data.regionNames.get(system.regionId) ?? ''}
              activity={activity} holder={holders.get(system.id)}
              incursion={incursions?.find((i) => i.infestedSystems.includes(system.id))}
              campaign={sovereignty?.campaigns.find((c) => c.systemId === system.id)} onRoute={addToRoute} />
          )}
        </Panel>
        <Panel title="Route">
          <RoutePlanner form={form} onChange={setForm} byName={data.byName} regionsByName={data.regionsByName}
            route={route} onRoute={setRoute}
            onFocus={focusOn} />
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
