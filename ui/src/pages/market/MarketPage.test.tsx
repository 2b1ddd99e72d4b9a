import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import {
  BOOK, bookRoutes, bookUrl, CHANGES_URL, DOMAIN, FORGE, HISTORY_URL, JITA_STATION, REGIONS, TRITANIUM, TYPES,
} from '../../test/marketFixtures'
import { renderPage } from '../../test/renderPage'
// loaded up front: the app loads the page lazily, which would outlast the queries' waits on a busy machine
import './MarketPage'

describe('market order book', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} })
  })

  it('lists the regions read and their snapshots before an item is chosen', async () => {
    mockFetch(bookRoutes())
    renderPage('/market')
    const table = await screen.findByTestId('market-regions')
    expect(table).toHaveTextContent('The Forge')
    expect(table).toHaveTextContent('381,234')
    expect(table).toHaveTextContent('None yet: the first sync runs every 5 minutes')
    expect(screen.getByRole('link', { name: 'Order book' })).toHaveAttribute('aria-current', 'page')
  })

  it('says why there is nothing when no region is read', async () => {
    mockFetch({ ...bookRoutes(), 'GET /api/v1/market/regions': { body: [] } })
    renderPage('/market')
    expect(await screen.findByTestId('empty')).toHaveTextContent('an admin chooses the regions')
  })

  it('finds an item by name with its icon and opens its book, chart and changes', async () => {
    mockFetch({ ...bookRoutes(), 'GET /api/v1/universe/types?q=Tr&market=true&limit=20': { body: TYPES } })
    const user = userEvent.setup()
    renderPage('/market')
    await user.type(await screen.findByTestId('market-type-input'), 'Tr')
    const results = await screen.findByTestId('market-type-results')
    expect(results.querySelector('img')).toHaveAttribute('src', `https://images.evetech.net/types/${TRITANIUM}/icon?size=64`)
    expect(results).toHaveTextContent('Mineral')
    await user.click(within(results).getByRole('button', { name: 'Tritanium' }))

    expect(await screen.findByTestId('type-name')).toHaveTextContent('Tritanium')
    const summary = await screen.findByTestId('book-summary')
    expect(summary).toHaveTextContent('5.00 ISK')
    expect(summary).toHaveTextContent('0.50 ISK (10.00 %)')
    expect(summary).toHaveTextContent('1,500 (500 within 5 %)')
    const sells = screen.getAllByTestId('sell-order')
    expect(sells[0]).toHaveTextContent('Jita IV - Moon 4 - Caldari Navy Assembly Plant')
    expect(within(sells[0]).getByText('0.9')).toHaveStyle({ color: '#48f0c0' })
    expect(sells[1]).toHaveTextContent('1,500') // depth: both orders' quantities
    expect(await screen.findByTestId('price-chart-summary')).toHaveTextContent('5-day average 23.00 ISK, 20-day average 15.50 ISK')
    const changes = await screen.findAllByTestId('order-change')
    expect(changes[0]).toHaveTextContent('Price changed sell order')
    expect(changes[0]).toHaveTextContent('5.20 ISK → 5.00 ISK')
    expect(changes[1]).toHaveTextContent('Gone buy order')
  })

  it('filters and sorts a side of the book, and narrows it to a station', async () => {
    const { calls } = mockFetch({
      ...bookRoutes(),
      [bookUrl(`&stationId=${JITA_STATION}`)]: { body: { ...BOOK, sells: [BOOK.sells[0]], buys: [BOOK.buys[0]] } },
    })
    const user = userEvent.setup()
    renderPage(`/market/types/${TRITANIUM}`)
    await screen.findAllByTestId('sell-order')
    await user.type(screen.getByTestId('sell-filter'), 'perimeter')
    expect(screen.getAllByTestId('sell-order')).toHaveLength(1)
    expect(screen.getByTestId('sell-order')).toHaveTextContent('Perimeter')
    await user.clear(screen.getByTestId('sell-filter'))

    const buys = screen.getByTestId('buy-orders')
    await user.click(within(buys).getByRole('button', { name: /Price/ }))
    expect(within(buys).getAllByTestId('buy-order')[0]).toHaveTextContent('4.00 ISK')
    expect(within(buys).getAllByTestId('buy-order')[0].querySelector('.security-badge')).toBeNull()

    fireEvent.change(screen.getByTestId('book-where'), { target: { value: `station:${JITA_STATION}` } })
    await waitFor(() => expect(screen.getAllByTestId('sell-order')).toHaveLength(1))
    expect(calls.map((c) => c.url)).toContain(bookUrl(`&stationId=${JITA_STATION}`).slice(4))
    expect(screen.getByTestId('book-snapshot')).toHaveTextContent('Jita IV - Moon 4 - Caldari Navy Assembly Plant: snapshot of The Forge')
  })

  it('reads the regions again when an item is opened, so a snapshot stored meanwhile shows', async () => {
    mockFetch({
      ...bookRoutes(),
      'GET /api/v1/market/regions': (call) => ({ body: call === 0 ? [{ ...REGIONS[0], snapshot: null }] : REGIONS }),
      'GET /api/v1/universe/types?q=Tr&market=true&limit=20': { body: TYPES },
    })
    const user = userEvent.setup()
    renderPage('/market')
    expect(await screen.findByTestId('market-regions')).toHaveTextContent('None yet')
    await user.type(screen.getByTestId('market-type-input'), 'Tr')
    await user.click(within(await screen.findByTestId('market-type-results')).getByRole('button', { name: 'Tritanium' }))
    expect(await screen.findByTestId('book-summary')).toHaveTextContent('5.00 ISK')
  })

  it('says that a region has no snapshot yet instead of asking for its book', async () => {
    mockFetch({
      ...bookRoutes(),
      [`GET /api/v1/market/history?typeId=${TRITANIUM}&regionId=${DOMAIN}`]: { body: { typeId: TRITANIUM, typeName: 'Tritanium',
        regionId: DOMAIN, regionName: 'Domain', expiresAt: null, days: [] } },
      [`GET /api/v1/market/changes?typeId=${TRITANIUM}&regionId=${DOMAIN}&limit=50`]: { body: [] },
    })
    renderPage(`/market/types/${TRITANIUM}?region=${DOMAIN}`)
    expect(await screen.findByText('No snapshot of Domain yet: the first sync runs every 5 minutes.')).toBeInTheDocument()
    expect(await screen.findByText('No trades of this item in Domain in the last 13 months, as ESI reports them.')).toBeInTheDocument()
    expect(await screen.findByText(/No changes seen in Domain yet/)).toBeInTheDocument()
  })

  it('shows the problem the server reports and an empty side of the book', async () => {
    mockFetch({
      ...bookRoutes(),
      [bookUrl()]: { body: { ...BOOK, buys: [] } },
      [HISTORY_URL]: problem(503, 'Service Unavailable', 'ESI did not answer the price history in time'),
      [CHANGES_URL]: problem(404, 'Not Found', 'Unknown type 34'),
    })
    renderPage(`/market/types/${TRITANIUM}`)
    expect(await screen.findByTestId('buy-empty')).toHaveTextContent('No buy orders for Tritanium in The Forge.')
    expect(await screen.findByText('ESI did not answer the price history in time')).toBeInTheDocument()
    expect(await screen.findByText('Unknown type 34')).toBeInTheDocument()
  })

  it('loads the book and its changes again when the region\'s new snapshot is announced live', async () => {
    const { calls } = mockFetch(bookRoutes())
    const { socket } = renderPage(`/market/types/${TRITANIUM}`)
    await screen.findAllByTestId('sell-order')
    await screen.findAllByTestId('order-change')
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: 'market' })
    const count = (prefix: string) => calls.filter((c) => c.url.startsWith(prefix)).length
    const [books, changes] = [count('/api/v1/market/book'), count('/api/v1/market/changes')]

    // act() runs the effects that would ask for the book, so a reload would be counted at once
    act(() => socket.event(2, 'market', 'market.book', { regionId: DOMAIN, snapshotId: 7 }))
    expect(count('/api/v1/market/book')).toBe(books)
    act(() => socket.event(3, 'market', 'market.book', { regionId: FORGE, snapshotId: 8 }))

    await waitFor(() => expect(count('/api/v1/market/book')).toBe(books + 1))
    await waitFor(() => expect(count('/api/v1/market/changes')).toBe(changes + 1))
  })

  it('names a structure or station the static data does not know by what it is, never by a bare id', async () => {
    const structure = { ...BOOK.sells[0], orderId: 7, stationId: 1035466617999, stationName: null }
    const station = { ...BOOK.buys[0], orderId: 8, stationId: 60099999, stationName: null }
    mockFetch({ ...bookRoutes(), [bookUrl()]: { body: { ...BOOK, sells: [structure], buys: [station] } } })
    renderPage(`/market/types/${TRITANIUM}`)
    expect(await screen.findByTestId('sell-order')).toHaveTextContent('Structure 1035466617999 (name unknown)')
    expect(screen.getByTestId('buy-order')).toHaveTextContent('Unknown station')
    // the places seen in the book join the picker once the book has been handed up
    await waitFor(() => expect(screen.getByTestId('book-where')).toHaveTextContent('Structure 1035466617999 (name unknown)'))
  })

  it('loads the book again once the snapshot has expired', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const fresh = { ...REGIONS[0], snapshot: { ...REGIONS[0].snapshot!, expiresAt: new Date(Date.now() + 60_000).toISOString() } }
      const { calls } = mockFetch({ ...bookRoutes(), 'GET /api/v1/market/regions': { body: [fresh] } })
      renderPage(`/market/types/${TRITANIUM}`)
      await screen.findAllByTestId('sell-order')
      const booksBefore = calls.filter((c) => c.url.startsWith('/api/v1/market/book')).length
      await vi.advanceTimersByTimeAsync(80_000)
      await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/v1/market/book')).length).toBe(booksBefore + 1))
    } finally {
      vi.useRealTimers()
    }
  })
})
