import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../test/mockFetch'
import { renderPage } from '../../test/renderPage'
// loaded up front: the app loads the page lazily, which would outlast the queries' waits on a busy machine
import './MapPage'
import { PILOT_REFRESH_MS } from './useMapData'

const system = (id: number, name: string, security: number) =>
  ({ id, name, x: id * 1e16, y: 0, security, regionId: 10000002, constellationId: 20000020 })
const MAP = {
  regions: [{ id: 10000002, name: 'The Forge', x: 0, y: 0 }],
  systems: [system(1, 'Jita', 0.946), system(2, 'Dodixie', 0.87), system(3, 'Amarr', 1.0)],
  jumps: [[1, 2], [2, 3]],
}
const ref = (s: ReturnType<typeof system>) => ({ ...s, regionName: 'The Forge' })
const NOT_SYNCED = { window: '1h', since: '2026-12-07T10:00:00Z', latestHour: null, systems: [] }

const JITA_REPORT = {
  id: 1, name: 'Jita', security: 0.946, constellationId: 20000020, constellationName: 'Kimotoro', regionId: 10000002,
  regionName: 'The Forge', faction: { id: 500001, name: 'Caldari State' },
  holder: { id: 500001, kind: 'faction', name: 'Caldari State' }, latestHour: '2026-12-07T10:00:00Z',
  lastHour: { shipKills: 3, podKills: 1, npcKills: 20, jumps: 400 },
  lastDay: { shipKills: 30, podKills: 10, npcKills: 200, jumps: 9000 },
  incursion: { state: 'established', influence: 0.4, hasBoss: false, stagingSystemId: 2 }, campaigns: [],
}
const located = (characterId: number, name: string) => ({ characterId, name, location: { state: 'ok', expires: '',
  value: { systemId: 1, systemName: 'Jita', security: 0.946, regionId: 10000002, regionName: 'The Forge',
    dockedId: null, dockedName: null, structure: false } } })
const PILOTS = { characters: [located(91, 'Alpha Pilot'), { characterId: 92, name: 'Bravo Pilot',
  location: { state: 'notGranted', missingScope: 'esi-location.read_location.v1' } }] }

function routes(overrides: Record<string, unknown> = {}) {
  mockFetch({
    'GET /api/v1/universe/map': { body: MAP },
    'GET /api/v1/universe/activity?window=1h': { body: NOT_SYNCED },
    'GET /api/v1/universe/sovereignty': { body: { holders: [], campaigns: [] } },
    'GET /api/v1/universe/incursions': { body: [] },
    'GET /api/v1/characters/locations': { body: { characters: [] } },
    'GET /api/v1/universe/systems/1': { body: JITA_REPORT },
    ...overrides,
  } as Parameters<typeof mockFetch>[0])
}

describe('map page', () => {
  beforeEach(() => {
    // jsdom lays nothing out: the canvas keeps a zero size and is not drawn; the panels are what is tested here
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} })
  })
  afterEach(() => vi.useRealTimers())

  it('says why a layer is empty: activity and sovereignty not synced yet', async () => {
    routes()
    renderPage('/map')
    await screen.findByTestId('map-canvas')
    fireEvent.change(screen.getByTestId('map-heat'), { target: { value: 'kills' } })
    expect(await screen.findByTestId('activity-empty')).toHaveTextContent('not synced yet')
    fireEvent.change(screen.getByTestId('map-colour'), { target: { value: 'sovereignty' } })
    expect(screen.getByTestId('sovereignty-empty')).toHaveTextContent('No sovereignty synced yet')
  })

  it('finds a system, routes from it through a waypoint and lists each jump with its security', { timeout: 15_000 }, async () => {
    routes({
      'GET /api/v1/universe/systems?q=Ji': { body: [ref(MAP.systems[0])] },
      'GET /api/v1/universe/sovereignty': { body: { holders: [{ id: 500001, kind: 'faction', name: 'Caldari State',
        systems: [1] }], campaigns: [] } },
      'GET /api/v1/route?from=1&to=3&via=2&flag=secure': { body: { flag: 'secure', jumps: 2,
        systems: MAP.systems.map(ref) } },
    })
    const user = userEvent.setup()
    renderPage('/map')
    await screen.findByTestId('map-canvas')
    await user.type(screen.getByTestId('map-search'), 'Ji')
    await user.click(await within(await screen.findByTestId('map-search-results')).findByRole('button', { name: 'Jita' }))
    const details = screen.getByTestId('system-details')
    expect(await within(details).findByTestId('system-holder')).toHaveTextContent('Caldari State')
    expect(details).toHaveTextContent('0.9')

    await user.click(within(details).getByRole('button', { name: 'Route from' }))
    await user.type(screen.getByTestId('route-via'), 'dodixie')
    await user.type(screen.getByTestId('route-to'), 'Amarr')
    await user.selectOptions(screen.getByTestId('route-flag'), 'secure')
    await user.click(screen.getByTestId('route-plan'))

    expect(await screen.findByTestId('route-jumps')).toHaveTextContent('2 jumps')
    const listed = within(screen.getByTestId('route-list')).getAllByRole('listitem')
    expect(listed.map((item) => item.textContent)).toEqual(['0.9 Jita The Forge', '0.9 Dodixie The Forge',
      '1.0 Amarr The Forge'])
  })

  it('details a system by name: place, holder, kills and jumps over an hour and a day, incursion', async () => {
    routes({ 'GET /api/v1/characters/locations': { body: PILOTS } })
    const user = userEvent.setup()
    renderPage('/map')
    await user.click(await within(await screen.findByTestId('pilot-list')).findByRole('button', { name: /Jita/ }))
    const details = screen.getByTestId('system-details')
    expect(await within(details).findByTestId('system-place')).toHaveTextContent('Kimotoro · The Forge')
    expect(within(details).getByTestId('system-kills')).toHaveTextContent('4 ships and pods, 20 NPCs last hour, '
      + '40 ships and pods, 200 NPCs in 24 h')
    expect(within(details).getByTestId('system-jumps')).toHaveTextContent('400 last hour, 9000 in 24 h')
    expect(within(details).getByTestId('system-incursion')).toHaveTextContent('established, influence 40 %, staging in Dodixie')
    expect(within(details).getByTestId('system-pilots')).toHaveTextContent('Alpha Pilot')
    expect(within(details).getByTestId('system-pilots')).not.toHaveTextContent('Bravo Pilot')
    expect(details).not.toHaveTextContent('500001')
  })

  it('says which of the user\'s characters do not share their location and which scope to grant', async () => {
    const thera = located(93, 'Charlie Pilot')
    thera.location.value = { ...thera.location.value, systemId: 31000005, systemName: 'Thera' }
    routes({ 'GET /api/v1/characters/locations': (call: number) => ({ body: call === 0 ? PILOTS : { characters: [
      ...PILOTS.characters, thera, { characterId: 94, name: 'Delta Pilot',
        location: { state: 'unavailable', reason: 'ESI did not answer: 503' } }] } }) })
    const user = userEvent.setup()
    renderPage('/map')
    const list = await screen.findByTestId('pilot-list')
    expect(within(list).getByTestId('pilot-system')).toHaveTextContent('Jita')
    expect(within(list).getByTestId('pilot-not-granted')).toHaveTextContent('grant esi-location.read_location.v1')

    await user.click(screen.getByRole('button', { name: 'Refresh locations' }))
    expect(await screen.findByText('in Thera, off the map')).toBeInTheDocument()
    expect(screen.getByText('Location not available right now')).toHaveAttribute('title', 'ESI did not answer: 503')
  })

  it('moves the user\'s characters as they fly, reading their locations again every half minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const moved = located(91, 'Alpha Pilot')
    moved.location.value = { ...moved.location.value, systemId: 2, systemName: 'Dodixie' }
    routes({ 'GET /api/v1/characters/locations': (call: number) => ({ body: { characters: [call === 0
      ? located(91, 'Alpha Pilot') : moved] } }) })
    renderPage('/map')
    expect(await screen.findByTestId('pilot-system')).toHaveTextContent('Jita')

    await act(() => vi.advanceTimersByTimeAsync(PILOT_REFRESH_MS))
    await waitFor(() => expect(screen.getByTestId('pilot-system')).toHaveTextContent('Dodixie'))
  })

  it('says that a system\'s details are not synced yet and that no character is linked', async () => {
    routes({
      'GET /api/v1/universe/systems?q=Ji': { body: [ref(MAP.systems[0])] },
      'GET /api/v1/universe/systems/1': { body: { ...JITA_REPORT, holder: null, latestHour: null, incursion: null } },
    })
    const user = userEvent.setup()
    renderPage('/map')
    expect(await screen.findByTestId('pilots-empty')).toHaveTextContent('No characters')
    await user.type(screen.getByTestId('map-search'), 'Ji')
    await user.click(await within(await screen.findByTestId('map-search-results')).findByRole('button', { name: 'Jita' }))
    expect(await screen.findByTestId('system-kills')).toHaveTextContent('not synced yet')
    expect(screen.getByTestId('system-holder')).toHaveTextContent('nobody')
    expect(screen.getByTestId('system-incursion')).toHaveTextContent('none')
  })

  it('refuses a route through a system it does not know, before asking the server', async () => {
    routes()
    const user = userEvent.setup()
    renderPage('/map')
    await screen.findByTestId('map-canvas')
    await user.type(screen.getByTestId('route-from'), 'Jita')
    await user.type(screen.getByTestId('route-to'), 'Nowhere')
    await user.click(screen.getByTestId('route-plan'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown system: Nowhere')
  })

  it('listens for kills pushed live to flash their systems', async () => {
    routes()
    const { socket } = renderPage('/map')
    await screen.findByTestId('map-canvas')
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: 'killmails' })
  })
})
