import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { BOOK, bookRoutes, FORGE, STRUCTURES, TOWER, TRITANIUM } from '../../test/marketFixtures'
import { ME, renderPage } from '../../test/renderPage'
// loaded up front: the app loads the pages lazily, which would outlast the queries' waits on a busy machine
import './MarketPage'
import './StructuresPage'

const ADMIN = { ...ME, admin: true }
const ADMIN_URL = 'GET /api/v1/admin/market/structures'
const KEPT = {
  structures: [
    { ...STRUCTURES[0], access: 'OK', viaCharacterId: 90000002, viaCharacterName: 'Trader Alt', detail: null },
    { structureId: 1000000000002, structureName: null, systemId: null, systemName: null, regionId: null, regionName: null,
      fetchedAt: null, expiresAt: null, orderCount: 0, access: 'NO_DOCKING', viaCharacterId: 90000001, viaCharacterName: 'Alt Pilot',
      detail: '2 character(s) with the structure market scope may not dock there' },
  ],
  suggestions: [{ structureId: 1000000000003, regionId: FORGE, regionName: 'The Forge', ownOrders: 4 }],
}

function putBodies(fetchMock: ReturnType<typeof mockFetch>['fetchMock']) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)))
}

describe('structure markets', () => {
  it('shows admins each kept structure with how its last read went, and where users trade', async () => {
    mockFetch({ [ADMIN_URL]: { body: KEPT } })
    renderPage('/market/structures', ADMIN)
    const kept = await screen.findByTestId('kept-structures')
    const rows = within(kept).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('Perimeter - Tranquility Trading Tower')
    expect(rows[1]).toHaveTextContent('Perimeter, The Forge')
    expect(rows[1]).toHaveTextContent('Trader Alt')
    expect(rows[2]).toHaveTextContent('Structure not read yet')
    expect(within(rows[2]).getByTestId('structure-access')).toHaveTextContent('No docking access')
    expect(rows[2]).toHaveTextContent('may not dock there')
    expect(screen.getByTestId('structure-suggestions')).toHaveTextContent('The Forge')
    expect(screen.getByRole('link', { name: 'Structure markets' })).toHaveAttribute('aria-current', 'page')
  })

  it('keeps a typed structure, a suggested one, and drops one', async () => {
    const { fetchMock } = mockFetch({
      [ADMIN_URL]: { body: KEPT },
      'PUT /api/v1/admin/market/structures': { body: KEPT },
    })
    const user = userEvent.setup()
    renderPage('/market/structures', ADMIN)
    await screen.findByTestId('kept-structures')

    await user.type(screen.getByTestId('structure-id'), '60003760')
    await user.click(screen.getByRole('button', { name: 'Keep its market' }))
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('from 1,000,000,000,000 up')
    expect(putBodies(fetchMock)).toHaveLength(0)

    await user.clear(screen.getByTestId('structure-id'))
    await user.type(screen.getByTestId('structure-id'), '1035466617999')
    await user.click(screen.getByRole('button', { name: 'Keep its market' }))
    await waitFor(() => expect(putBodies(fetchMock)).toHaveLength(1))
    expect(putBodies(fetchMock)[0]).toEqual({ structureIds: [TOWER, 1000000000002, 1035466617999] })

    await user.click(screen.getByRole('button', { name: /Keep the structure 1000000000003/ }))
    await waitFor(() => expect(putBodies(fetchMock)).toHaveLength(2))
    expect(putBodies(fetchMock)[1]).toEqual({ structureIds: [TOWER, 1000000000002, 1000000000003] })

    await user.click(screen.getByRole('button', { name: 'Stop keeping Perimeter - Tranquility Trading Tower' }))
    await waitFor(() => expect(putBodies(fetchMock)).toHaveLength(3))
    expect(putBodies(fetchMock)[2]).toEqual({ structureIds: [1000000000002] })
  })

  it('says why the lists are empty, and shows the problem the server reports', async () => {
    mockFetch({
      [ADMIN_URL]: { body: { structures: [], suggestions: [] } },
      'PUT /api/v1/admin/market/structures': problem(400, 'Bad Request', 'at most 100 structures'),
    })
    const user = userEvent.setup()
    renderPage('/market/structures', ADMIN)
    expect(await screen.findByTestId('structures-empty')).toHaveTextContent('No structure market is kept')
    expect(screen.getByTestId('suggestions-empty')).toHaveTextContent('No open order')
    await user.type(screen.getByTestId('structure-id'), '1035466617946')
    await user.click(screen.getByRole('button', { name: 'Keep its market' }))
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('at most 100 structures')
  })

  it('offers the structure markets link to admins only', async () => {
    mockFetch(bookRoutes())
    renderPage('/market')
    await screen.findByTestId('market-regions')
    expect(screen.queryByRole('link', { name: 'Structure markets' })).toBeNull()
  })

  it('reads the book at a kept structure, named, as a place of its region', async () => {
    const atTower = `GET /api/v1/market/book?typeId=${TRITANIUM}&regionId=${FORGE}&stationId=${TOWER}&depth=20`
    const { calls } = mockFetch({
      ...bookRoutes(),
      [atTower]: { body: { ...BOOK, fetchedAt: '2026-12-07T11:58:00Z', sells: [{ ...BOOK.sells[0], stationId: TOWER,
        stationName: STRUCTURES[0].structureName }], buys: [] } },
    })
    const user = userEvent.setup()
    renderPage(`/market/types/${TRITANIUM}`)
    await screen.findAllByTestId('sell-order')
    await user.selectOptions(screen.getByTestId('book-where'), 'Perimeter - Tranquility Trading Tower (structure)')
    await waitFor(() => expect(calls.some((c) => `GET ${c.url}` === atTower)).toBe(true))
    expect(await screen.findByTestId('book-snapshot')).toHaveTextContent('Perimeter - Tranquility Trading Tower (structure): market read')
    expect(screen.getByTestId('sell-order')).toHaveTextContent('Perimeter - Tranquility Trading Tower')
  })

  it('reads a structure in a region whose book is not kept', async () => {
    const metropolis = 10000042
    const atAlpha = `GET /api/v1/market/book?typeId=${TRITANIUM}&regionId=${metropolis}&stationId=1000000000001&depth=20`
    mockFetch({
      ...bookRoutes(),
      [atAlpha]: { body: { ...BOOK, regionId: metropolis, regionName: 'Metropolis' } },
      [`GET /api/v1/market/history?typeId=${TRITANIUM}&regionId=${metropolis}`]: { body: { typeId: TRITANIUM,
        typeName: 'Tritanium', regionId: metropolis, regionName: 'Metropolis', expiresAt: null, days: [] } },
      [`GET /api/v1/market/changes?typeId=${TRITANIUM}&regionId=${metropolis}&limit=50`]: { body: [] },
    })
    renderPage(`/market/types/${TRITANIUM}?region=${metropolis}&where=station:1000000000001`)
    expect(await screen.findByTestId('book-snapshot')).toHaveTextContent('Amamake - Test Structure Alpha (structure): market read')
    expect(screen.getByTestId('book-region')).toHaveDisplayValue('Metropolis')
  })
})
