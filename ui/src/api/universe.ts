import { requestJson, withQuery } from './client'

/** A system as the map draws it: SDE 2D position in metres, true security. */
export interface MapSystem {
  id: number
  name: string
  x: number
  y: number
  security: number
  regionId: number
  constellationId: number
}

export interface MapRegion {
  id: number
  name: string
  x: number
  y: number
}

/** The drawing geometry: every system, region label and gate pair (smaller id first). */
export interface UniverseMap {
  regions: MapRegion[]
  systems: MapSystem[]
  jumps: [number, number][]
}

/** A system as search and route answers list it. */
export interface SystemRef {
  id: number
  name: string
  security: number
  regionId: number
  regionName: string
}

export type RouteFlag = 'shortest' | 'secure' | 'insecure'

export interface RouteAnswer {
  flag: RouteFlag
  jumps: number
  systems: SystemRef[]
}

export interface RouteRequest {
  from: number
  to: number
  via: number[]
  avoid: number[]
  flag: RouteFlag
}

export type ActivityWindow = '1h' | '24h'

/** Activity rows: [systemId, shipKills, podKills, npcKills, jumps]; latestHour null before the first sync. */
export interface ActivityAnswer {
  window: ActivityWindow
  since: string
  latestHour: string | null
  systems: [number, number, number, number, number][]
}

export interface SovereigntyHolder {
  id: number
  kind: 'alliance' | 'faction'
  name: string | null
  systems: number[]
}

export interface SovereigntyAnswer {
  holders: SovereigntyHolder[]
  campaigns: { campaignId: number; eventType: string; systemId: number; startTime: string; defenderId: number | null }[]
}

export interface IncursionAnswer {
  constellationId: number
  state: string
  influence: number
  hasBoss: boolean
  stagingSystemId: number
  infestedSystems: number[]
}

export function fetchUniverseMap(regionId?: number): Promise<UniverseMap> {
  return requestJson('GET', withQuery('/api/v1/universe/map', { region: regionId }))
}

export function searchSystems(prefix: string): Promise<SystemRef[]> {
  return requestJson('GET', withQuery('/api/v1/universe/systems', { q: prefix }))
}

export function fetchRoute(route: RouteRequest): Promise<RouteAnswer> {
  return requestJson('GET', withQuery('/api/v1/route', {
    from: route.from,
    to: route.to,
    via: route.via.join(','),
    avoid: route.avoid.join(','),
    flag: route.flag,
  }))
}

export function fetchActivity(window: ActivityWindow): Promise<ActivityAnswer> {
  return requestJson('GET', withQuery('/api/v1/universe/activity', { window }))
}

export function fetchSovereignty(): Promise<SovereigntyAnswer> {
  return requestJson('GET', '/api/v1/universe/sovereignty')
}

export function fetchIncursions(): Promise<IncursionAnswer[]> {
  return requestJson('GET', '/api/v1/universe/incursions')
}

/** What an exact name is, as ESI spells its categories. */
export interface NamedId {
  id: number
  name: string
  category: string
}

/** Ids of exact names (any case), through the server; names nobody has are left out. */
export function findByName(name: string): Promise<NamedId[]> {
  return requestJson<{ results: NamedId[] }>('GET', withQuery('/api/v1/universe/ids', { name }))
    .then((answer) => answer.results)
}

/** The names the server knows (or could find now) for ids; the others are left out. */
export function fetchNames(ids: number[]): Promise<NamedId[]> {
  const query = ids.map((id) => `id=${id}`).join('&')
  return requestJson<{ names: NamedId[] }>('GET', `/api/v1/universe/names?${query}`).then((answer) => answer.names)
}

/** Kills and jumps in one system over a window. */
export interface SystemActivityFigures {
  shipKills: number
  podKills: number
  npcKills: number
  jumps: number
}

/** Response of GET /api/v1/universe/systems/{id}: one system's details, every id with its name. */
export interface SystemReport {
  id: number
  name: string
  security: number
  constellationId: number
  constellationName: string | null
  regionId: number
  regionName: string | null
  /** The NPC faction the static data gives the system (null for none). */
  faction: { id: number; name: string | null } | null
  /** Who holds its sovereignty as last synced (null: nobody, or not synced yet). */
  holder: { id: number; kind: 'alliance' | 'faction'; name: string | null } | null
  /** The newest hour of statistics stored at all; null before the first activity sync. */
  latestHour: string | null
  lastHour: SystemActivityFigures
  lastDay: SystemActivityFigures
  incursion: { state: string; influence: number; hasBoss: boolean; stagingSystemId: number } | null
  campaigns: SovereigntyAnswer['campaigns']
}

export function fetchSystemReport(systemId: number): Promise<SystemReport> {
  return requestJson('GET', `/api/v1/universe/systems/${systemId}`)
}
