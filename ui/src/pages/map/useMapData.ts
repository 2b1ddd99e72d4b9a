import { useEffect, useMemo, useState } from 'react'
import { fetchActivity, fetchIncursions, fetchSovereignty, type ActivityWindow } from '../../api/universe'
import { fetchPilotLocations } from '../../api/characters'
import { useAsync } from '../../hooks/useAsync'
import { universeMap } from './preload'

/** How often the characters' locations are read again while the map is open (ESI caches them for 5 s). */
export const PILOT_REFRESH_MS = 30_000

/**
 * The map's geometry, its live layers and the user's own characters, each loaded on its own so a missing layer
 * never blanks the map.
 */
export function useMapData() {
  const [window, setWindow] = useState<ActivityWindow>('1h')
  const map = useAsync(() => universeMap(), [])
  const activity = useAsync(() => fetchActivity(window), [window])
  const sovereignty = useAsync(() => fetchSovereignty(), [])
  const incursions = useAsync(() => fetchIncursions(), [])
  const pilots = useAsync(() => fetchPilotLocations(), [])
  const updatePilots = pilots.update
  useEffect(() => {
    // read again in place, so the marks move without the layer blinking out while a read is under way
    const timer = setInterval(() => {
      fetchPilotLocations().then((fresh) => updatePilots(() => fresh), () => undefined)
    }, PILOT_REFRESH_MS)
    return () => clearInterval(timer)
  }, [updatePilots])
  const byName = useMemo(() => {
    const names = new Map<string, { id: number; name: string; x: number; y: number; security: number;
      regionId: number; constellationId: number }>()
    if (map.result.state === 'ready') for (const s of map.result.data.systems) names.set(s.name.toLowerCase(), s)
    return names
  }, [map.result])
  const regionNames = useMemo(() => {
    const names = new Map<number, string>()
    if (map.result.state === 'ready') for (const r of map.result.data.regions) names.set(r.id, r.name)
    return names
  }, [map.result])
  const regionsByName = useMemo(() => new Map([...regionNames].map(([id, name]) => [name.toLowerCase(), id])),
    [regionNames])
  return { map, activity, sovereignty, incursions, pilots, window, setWindow, byName, regionNames, regionsByName }
}

/** The loaded value of an async result, or null while loading or after a failure. */
export function ready<T>(result: { state: string; data?: T }): T | null {
  return result.state === 'ready' ? (result as { data: T }).data : null
}
