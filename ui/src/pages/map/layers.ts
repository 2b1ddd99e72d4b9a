import type { PilotLocation } from '../../api/characters'
import type { ActivityAnswer, IncursionAnswer, SovereigntyAnswer } from '../../api/universe'
import { heat, holderColour, securityColour } from './colours'
import type { Layers } from './MapRenderer'
import type { MapScene } from './mapScene'
import { pilotMarks } from './pilots'

export type ColourMode = 'security' | 'sovereignty'
export type HeatMetric = 'none' | 'kills' | 'jumps' | 'npcKills'

/** The columns of an activity row: [systemId, shipKills, podKills, npcKills, jumps]. */
export function metricOf(row: ActivityAnswer['systems'][number], metric: HeatMetric): number {
  switch (metric) {
    case 'kills':
      return row[1] + row[2]
    case 'npcKills':
      return row[3]
    case 'jumps':
      return row[4]
    default:
      return 0
  }
}

/** Heat per system of the scene on a log scale to the busiest, or null when the heat map is off. */
export function heatLevels(scene: MapScene, activity: ActivityAnswer | null, metric: HeatMetric): Float32Array | null {
  if (metric === 'none' || !activity) return null
  const levels = new Float32Array(scene.systems.length)
  let max = 0
  for (const row of activity.systems) {
    if (scene.indexById.has(row[0])) max = Math.max(max, metricOf(row, metric))
  }
  for (const row of activity.systems) {
    const i = scene.indexById.get(row[0])
    if (i !== undefined) levels[i] = heat(metricOf(row, metric), max)
  }
  return levels
}

/** The holder of each system id, from the sovereignty answer. */
export function holdersBySystem(sovereignty: SovereigntyAnswer | null): Map<number, SovereigntyAnswer['holders'][number]> {
  const holders = new Map<number, SovereigntyAnswer['holders'][number]>()
  for (const holder of sovereignty?.holders ?? []) for (const id of holder.systems) holders.set(id, holder)
  return holders
}

const UNCLAIMED = '#4a5561'

export function nodeColours(scene: MapScene, mode: ColourMode, sovereignty: SovereigntyAnswer | null): string[] {
  if (mode === 'security') return scene.systems.map((s) => securityColour(s.security))
  const holders = holdersBySystem(sovereignty)
  return scene.systems.map((s) => {
    const holder = holders.get(s.id)
    return holder ? holderColour(holder.id) : UNCLAIMED
  })
}

export function incursionIndices(scene: MapScene, incursions: IncursionAnswer[] | null): Set<number> {
  const marked = new Set<number>()
  for (const incursion of incursions ?? []) {
    for (const id of incursion.infestedSystems) {
      const i = scene.indexById.get(id)
      if (i !== undefined) marked.add(i)
    }
  }
  return marked
}

/** The systems whose sovereignty is being fought over now. */
export function campaignIndices(scene: MapScene, sovereignty: SovereigntyAnswer | null): Set<number> {
  const marked = new Set<number>()
  for (const campaign of sovereignty?.campaigns ?? []) {
    const i = scene.indexById.get(campaign.systemId)
    if (i !== undefined) marked.add(i)
  }
  return marked
}

export interface LayerInputs {
  mode: ColourMode
  metric: HeatMetric
  activity: ActivityAnswer | null
  sovereignty: SovereigntyAnswer | null
  incursions: IncursionAnswer[] | null
  route: number[]
  selected: number | null
  /** The user's own characters and where they are; null while not loaded. */
  pilots: PilotLocation[] | null
}

export function buildLayers(scene: MapScene, inputs: LayerInputs): Layers {
  const index = (id: number) => scene.indexById.get(id) ?? -1
  return {
    colours: nodeColours(scene, inputs.mode, inputs.sovereignty),
    heat: heatLevels(scene, inputs.activity, inputs.metric),
    route: inputs.route.map(index).filter((i) => i >= 0),
    incursions: incursionIndices(scene, inputs.incursions),
    campaigns: campaignIndices(scene, inputs.sovereignty),
    selected: inputs.selected === null ? -1 : index(inputs.selected),
    pilots: pilotMarks(scene, inputs.pilots),
  }
}
