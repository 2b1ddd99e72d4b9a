import type { MapRegion, MapSystem, UniverseMap } from '../../api/universe'
import { SystemGrid } from './hitTest'
import { fitProjection, project, projectAll, type Projection } from './projection'

/**
 * The map data prepared for drawing once per data set and canvas size: world pixel positions, the gates as one
 * path, an id index and a hit-test grid. Per region views are the same scene over a subset.
 */
export interface MapScene {
  systems: MapSystem[]
  points: Float64Array
  indexById: Map<number, number>
  jumps: Path2D | null
  jumpSegments: Float64Array
  regions: { name: string; x: number; y: number }[]
  grid: SystemGrid
  projection: Projection
}

/** The systems and gates of one region (regionId null: all of New Eden). */
export function subset(map: UniverseMap, regionId: number | null): UniverseMap {
  if (regionId === null) return map
  const systems = map.systems.filter((s) => s.regionId === regionId)
  const inside = new Set(systems.map((s) => s.id))
  return {
    regions: map.regions.filter((r) => r.id === regionId),
    systems,
    jumps: map.jumps.filter(([a, b]) => inside.has(a) && inside.has(b)),
  }
}

export function buildScene(map: UniverseMap, width: number, height: number): MapScene {
  const projection = fitProjection(map.systems, width, height)
  const points = projectAll(projection, map.systems)
  const indexById = new Map<number, number>()
  map.systems.forEach((s, i) => indexById.set(s.id, i))
  const jumpSegments = new Float64Array(map.jumps.length * 4)
  let n = 0
  for (const [a, b] of map.jumps) {
    const i = indexById.get(a)
    const j = indexById.get(b)
    if (i === undefined || j === undefined) continue
    jumpSegments.set([points[2 * i], points[2 * i + 1], points[2 * j], points[2 * j + 1]], n)
    n += 4
  }
  const segments = jumpSegments.subarray(0, n)
  return {
    systems: map.systems,
    points,
    indexById,
    jumps: typeof Path2D === 'undefined' ? null : pathOf(segments),
    jumpSegments: segments,
    regions: map.regions.map((r: MapRegion) => {
      const [x, y] = project(projection, r.x, r.y)
      return { name: r.name, x, y }
    }),
    grid: new SystemGrid(points),
    projection,
  }
}

function pathOf(segments: Float64Array): Path2D {
  const path = new Path2D()
  for (let i = 0; i < segments.length; i += 4) {
    path.moveTo(segments[i], segments[i + 1])
    path.lineTo(segments[i + 2], segments[i + 3])
  }
  return path
}
