import { fetchUniverseMap, type UniverseMap } from '../../api/universe'

/** The map page's own path: only a page opened there starts the geometry's download at load. */
export const MAP_PATH = /^\/map\/?$/

let early: Promise<UniverseMap> | null = null

/**
 * Starts downloading the map's geometry and the page's code as the app loads, when the map is the page opened.
 * Otherwise the login check, the page's code and the geometry come one after the other before the first draw.
 */
export function preloadMap(path: string, loadPage: () => Promise<unknown>): void {
  if (!MAP_PATH.test(path)) return
  early = fetchUniverseMap()
  // a failed early download (not logged in, say) is simply asked again by the page
  early.catch(() => undefined)
  loadPage().catch(() => undefined)
}

/** The geometry: the early download once if one was started, else a new one. */
export function universeMap(): Promise<UniverseMap> {
  const pending = early
  early = null
  return pending ? pending.catch(() => fetchUniverseMap()) : fetchUniverseMap()
}
