import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { preloadMap, universeMap } from './preload'

const MAP = { regions: [], systems: [{ id: 1, name: 'Jita', x: 0, y: 0, security: 0.9, regionId: 1, constellationId: 1 }],
  jumps: [] }

describe('the map geometry loaded early', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('starts with the app on the map page, with the page code, and is used once', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/universe/map': { body: MAP } })
    const loadPage = vi.fn(() => Promise.resolve())
    preloadMap('/map', loadPage)
    expect(loadPage).toHaveBeenCalledOnce()
    expect(calls).toHaveLength(1)

    expect(await universeMap()).toEqual(MAP)
    expect(calls).toHaveLength(1)
    expect(await universeMap()).toEqual(MAP)
    expect(calls).toHaveLength(2)
  })

  it('is not started on another page', () => {
    const { calls } = mockFetch({})
    const loadPage = vi.fn(() => Promise.resolve())
    preloadMap('/market', loadPage)
    preloadMap('/mapping', loadPage)
    expect(loadPage).not.toHaveBeenCalled()
    expect(calls).toHaveLength(0)
  })

  it('asks again when the early download failed (the session was not there yet)', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/universe/map': (n) => (n === 0 ? problem(401, 'Not logged in') : { body: MAP }) })
    preloadMap('/map/', () => Promise.resolve())
    expect(await universeMap()).toEqual(MAP)
    expect(calls).toHaveLength(2)
  })
})
