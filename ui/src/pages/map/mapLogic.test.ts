import { describe, expect, it } from 'vitest'
import type { PilotLocation } from '../../api/characters'
import type { ActivityAnswer, UniverseMap } from '../../api/universe'
import { displayedSecurity, heat, holderColour, securityBand, securityColour } from './colours'
import { SystemGrid } from './hitTest'
import { buildLayers, heatLevels } from './layers'
import { buildScene, subset } from './mapScene'
import { markLabel, pilotMarks, pilotNotes, pilotsBySystem } from './pilots'
import { centredOn, fitProjection, fittedTo, project, projectAll, toScreen, toWorld } from './projection'
import { resolveSystems, routeSummary } from './routeText'

const rounded = (values: Iterable<number>) => Array.from(values, (v) => Math.round(v * 1000) / 1000)

const SYSTEMS = [
  { id: 1, name: 'Jita', x: -1e17, y: 2e17, security: 0.946, regionId: 10, constellationId: 100 },
  { id: 2, name: 'Perimeter', x: 1e17, y: 2e17, security: 0.4, regionId: 10, constellationId: 100 },
  { id: 3, name: 'Tama', x: 1e17, y: -2e17, security: 0.03, regionId: 20, constellationId: 200 },
]
const MAP: UniverseMap = {
  regions: [{ id: 10, name: 'The Forge', x: 0, y: 2e17 }, { id: 20, name: 'Black Rise', x: 1e17, y: -2e17 }],
  systems: SYSTEMS,
  jumps: [[1, 2], [2, 3]],
}

describe('projection', () => {
  it('fits the systems into the canvas with north up and the spare width split on both sides', () => {
    const p = fitProjection(SYSTEMS, 416, 416, 8)
    // 4e17 of height fills 400 pixels; 2e17 of width is centred
    expect(rounded(project(p, -1e17, 2e17))).toEqual([108, 8])
    expect(rounded(project(p, 1e17, -2e17))).toEqual([308, 408])
  })

  it('keeps a lone system in the middle rather than dividing by zero', () => {
    const p = fitProjection([{ x: 5, y: 5 }], 100, 50)
    const [x, y] = project(p, 5, 5)
    expect(x).toBeCloseTo(50)
    expect(y).toBeCloseTo(25)
  })

  it('turns screen points into world points and back under a zoom transform', () => {
    const view = { k: 4, x: -100, y: 30 }
    const [wx, wy] = toWorld(view, ...toScreen(view, 12.5, 40))
    expect([wx, wy]).toEqual([12.5, 40])
    const centred = centredOn(10, 20, 8, 400, 300)
    expect(toScreen(centred, 10, 20)).toEqual([200, 150])
  })

  it('fits a route into view with a margin, and zooms a short one no further than the cap', () => {
    const route: [number, number][] = [[100, 100], [300, 150], [200, 300]]
    const view = fittedTo(route, 400, 300, 40)
    // 200 x 200 world pixels into 320 x 220: the height decides
    expect(view.k).toBeCloseTo(1.1)
    expect(toScreen(view, 200, 200)).toEqual([200, 150])
    for (const [x, y] of route.map(([wx, wy]) => toScreen(view, wx, wy))) {
      expect(x).toBeGreaterThanOrEqual(40 - 1e-9)
      expect(x).toBeLessThanOrEqual(360 + 1e-9)
      expect(y).toBeGreaterThanOrEqual(40 - 1e-9)
      expect(y).toBeLessThanOrEqual(260 + 1e-9)
    }
    expect(fittedTo([[10, 10], [10.5, 10]], 400, 300, 40, 8).k).toBe(8)
  })

  it('projects every system into one flat array in the systems order', () => {
    const p = fitProjection(SYSTEMS, 416, 416, 8)
    expect(rounded(projectAll(p, SYSTEMS))).toEqual([108, 8, 308, 8, 308, 408])
  })
})

describe('colours', () => {
  it('shows security as EVE does: one decimal, and just above zero is low-sec 0.1', () => {
    expect(displayedSecurity(0.946)).toBe(0.9)
    expect(displayedSecurity(0.45)).toBe(0.5)
    expect(displayedSecurity(0.03)).toBe(0.1)
    expect(displayedSecurity(0)).toBe(0)
    expect(displayedSecurity(-0.72)).toBe(-0.7)
    expect(securityBand(0.03)).toBe('low')
    expect(securityBand(-0.2)).toBe('null')
    expect(securityBand(0.46)).toBe('high')
  })

  it('colours 1.0 blue, 0.5 yellow and null-sec red', () => {
    expect(securityColour(1)).toBe('#2fefef')
    expect(securityColour(0.5)).toBe('#efef00')
    expect(securityColour(-1)).toBe('#f00000')
    expect(securityColour(0.0)).toBe('#f00000')
  })

  it('scales heat logarithmically up to the busiest system', () => {
    expect(heat(0, 100)).toBe(0)
    expect(heat(100, 100)).toBe(1)
    expect(heat(9, 99)).toBeCloseTo(0.5)
    expect(heat(5, 0)).toBe(0)
  })

  it('gives each holder a stable colour that differs from the next id', () => {
    expect(holderColour(99000001)).toBe(holderColour(99000001))
    expect(holderColour(99000001)).not.toBe(holderColour(99000002))
  })
})

describe('hit testing', () => {
  const grid = new SystemGrid(new Float64Array([10, 10, 30, 10, 100, 100]))

  it('finds the nearest system within the reach, across grid cells', () => {
    expect(grid.nearest(12, 11, 5)).toBe(0)
    expect(grid.nearest(27, 9, 5)).toBe(1)
    expect(grid.nearest(96, 97, 8)).toBe(2)
  })

  it('finds nothing where no system is near', () => {
    expect(grid.nearest(60, 60, 5)).toBe(-1)
  })
})

describe('scene and layers', () => {
  it('draws one region with only the gates inside it', () => {
    const forge = subset(MAP, 10)
    expect(forge.systems.map((s) => s.name)).toEqual(['Jita', 'Perimeter'])
    expect(forge.jumps).toEqual([[1, 2]])
    expect(subset(MAP, null)).toBe(MAP)
  })

  it('builds gate segments between the projected ends', () => {
    const scene = buildScene(MAP, 416, 416)
    expect(rounded(scene.jumpSegments)).toEqual([112, 16, 304, 16, 304, 16, 304, 400])
    expect(scene.indexById.get(3)).toBe(2)
  })

  it('heats systems by the chosen metric, kills counting ships and pods', () => {
    const scene = buildScene(MAP, 416, 416)
    const activity: ActivityAnswer = { window: '1h', since: '', latestHour: '2026-12-07T10:00:00Z',
      systems: [[1, 10, 5, 0, 100], [3, 0, 0, 40, 0]] }
    expect(Array.from(heatLevels(scene, activity, 'kills')!)).toEqual([1, 0, 0])
    expect(heatLevels(scene, activity, 'npcKills')![2]).toBe(1)
    expect(heatLevels(scene, activity, 'none')).toBeNull()
  })

  it('colours by holder, greys unclaimed systems and maps the route and selection to indices', () => {
    const scene = buildScene(MAP, 416, 416)
    const layers = buildLayers(scene, {
      mode: 'sovereignty', metric: 'none', activity: null,
      sovereignty: { holders: [{ id: 500001, kind: 'faction', name: 'Caldari State', systems: [1, 2] }],
        campaigns: [{ campaignId: 7, eventType: 'ihub_defense', systemId: 2, startTime: '', defenderId: null }] },
      incursions: [{ constellationId: 200, state: 'established', influence: 0.5, hasBoss: false, stagingSystemId: 3,
        infestedSystems: [3] }],
      route: [1, 2, 3, 999], selected: 2, pilots: null,
    })
    expect(layers.colours).toEqual([holderColour(500001), holderColour(500001), '#4a5561'])
    expect(layers.route).toEqual([0, 1, 2])
    expect(layers.selected).toBe(1)
    expect([...layers.incursions]).toEqual([2])
    expect([...layers.campaigns]).toEqual([1])
    expect(layers.pilots).toEqual([])
  })
})

const where = (systemId: number, systemName: string) => ({ state: 'ok' as const, expires: '', value: { systemId,
  systemName, security: 0.9, regionId: 10, regionName: 'The Forge', dockedId: null, dockedName: null, structure: false } })
const PILOTS: PilotLocation[] = [
  { characterId: 91, name: 'Alpha', location: where(1, 'Jita') },
  { characterId: 92, name: 'Bravo', location: { state: 'notGranted', missingScope: 'esi-location.read_location.v1' } },
  { characterId: 93, name: 'Charlie', location: where(1, 'Jita') },
  { characterId: 94, name: 'Delta', location: where(3, 'Tama') },
  { characterId: 95, name: 'Echo', location: where(31000005, 'Thera') },
  { characterId: 96, name: 'Foxtrot', location: { state: 'unavailable', reason: 'ESI did not answer: 503' } },
]

describe('the characters layer', () => {
  it('marks each system of the scene with the characters in it, in the answer order', () => {
    const scene = buildScene(MAP, 416, 416)
    expect(pilotMarks(scene, PILOTS)).toEqual([{ index: 0, names: ['Alpha', 'Charlie'] }, { index: 2, names: ['Delta'] }])
    expect(buildLayers(scene, { mode: 'security', metric: 'none', activity: null, sovereignty: null, incursions: null,
      route: [], selected: null, pilots: PILOTS }).pilots).toHaveLength(2)
    expect(pilotMarks(scene, null)).toEqual([])
  })

  it('leaves out the characters of other regions when one region is drawn', () => {
    const forge = buildScene(subset(MAP, 10), 416, 416)
    expect(pilotMarks(forge, PILOTS)).toEqual([{ index: 0, names: ['Alpha', 'Charlie'] }])
  })

  it('says why a character has no mark: scope not granted, ESI not telling, or a system off the map', () => {
    const onMap = (id: number) => SYSTEMS.some((s) => s.id === id)
    expect(pilotNotes(PILOTS, onMap)).toEqual([
      { characterId: 92, name: 'Bravo', why: 'notGranted', detail: 'esi-location.read_location.v1' },
      { characterId: 95, name: 'Echo', why: 'offMap', detail: 'Thera' },
      { characterId: 96, name: 'Foxtrot', why: 'unavailable', detail: 'ESI did not answer: 503' },
    ])
  })

  it('groups the located characters by system and labels a crowded mark with a count', () => {
    expect([...pilotsBySystem(PILOTS).keys()]).toEqual([1, 3, 31000005])
    expect(pilotsBySystem(PILOTS).get(1)!.map((p) => p.name)).toEqual(['Alpha', 'Charlie'])
    expect(markLabel(['Alpha'])).toBe('Alpha')
    expect(markLabel(['Alpha', 'Charlie', 'Delta'])).toBe('Alpha +2')
  })
})

describe('route text', () => {
  const byName = new Map(SYSTEMS.map((s) => [s.name.toLowerCase(), s]))

  it('resolves typed names in order, whatever their case, and lists the unknown ones', () => {
    expect(resolveSystems(' perimeter, JITA ,', byName)).toEqual({ ids: [2, 1], unknown: [] })
    expect(resolveSystems('Jita, Nowhere', byName)).toEqual({ ids: [1], unknown: ['Nowhere'] })
    expect(resolveSystems('the forge, Tama', byName, new Map([['the forge', 10]]))).toEqual({ ids: [10, 3], unknown: [] })
  })

  it('counts a route per security band', () => {
    const route = SYSTEMS.map((s) => ({ ...s, regionName: 'x' }))
    expect(routeSummary(route)).toEqual({ high: 1, low: 2, null: 0 })
  })
})
