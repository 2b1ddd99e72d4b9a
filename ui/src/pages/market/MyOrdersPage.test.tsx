import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { HUBS } from '../../test/marketFixtures'
import { ALT, ME, PILOT, renderPage } from '../../test/renderPage'
import './MyOrdersPage'

const SCOPE = 'esi-markets.read_character_orders.v1'
const SCOPED = { ...ME, characters: [{ ...PILOT, scopes: [SCOPE] }, ALT] }
const ordersUrl = (id: number, state: string) => `GET /api/v1/characters/${id}/market/orders?state=${state}`

function own(orderId: number, typeName: string, buyOrder: boolean, position: object | null, state = 'open') {
  return {
    orderId, typeId: 34, typeName, buyOrder, price: 5, volumeRemain: 100, volumeTotal: 400,
    stationName: HUBS[0].stationName, regionName: 'The Forge', issued: '2026-12-01T10:00:00Z',
    expires: new Date(Date.now() + (2 * 24 + 3) * 3600_000 + 60_000).toISOString(), state, position,
  }
}
const OPEN = [
  own(1, 'Tritanium', false, { outbid: true, bestCompetitor: 4.9, undercutBy: 0.1, rank: 3 }),
  own(2, 'Pyerite', true, { outbid: false, bestCompetitor: 4.5, undercutBy: null, rank: 1 }),
]

describe('my market orders', () => {
  it('shows open orders with undercut markers and time left, filters them and reloads on a live change', async () => {
    mockFetch({
      [ordersUrl(PILOT.id, 'open')]: (call) => ({ body: call === 0 ? OPEN : [OPEN[1]] }),
    })
    const user = userEvent.setup()
    const { socket } = renderPage('/market/orders', SCOPED)
    const rows = await screen.findAllByTestId('own-order')
    expect(within(rows[0]).getByTestId('order-outbid')).toHaveTextContent('Undercut by 0.10 ISK (#3)')
    expect(rows[0]).toHaveTextContent('2d 3h')
    expect(rows[0]).toHaveTextContent('100 / 400')
    expect(within(rows[1]).getByTestId('order-best')).toHaveTextContent('Best price')
    expect(screen.getByTestId('outbid-count')).toHaveTextContent('1 of 2 open orders are outbid or undercut.')

    await user.selectOptions(screen.getByLabelText('Side'), 'buy')
    expect(screen.getAllByTestId('own-order')).toHaveLength(1)
    await user.selectOptions(screen.getByLabelText('Side'), '')
    await user.type(screen.getByTestId('orders-open-filter'), 'trit')
    expect(screen.getAllByTestId('own-order')).toHaveLength(1)

    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: `character.${PILOT.id}.market` })
    act(() => socket.event(2, `character.${PILOT.id}.market`, 'market.orders', {}))
    expect(await screen.findByTestId('live-notice')).toHaveTextContent('Your market orders changed')
    await waitFor(() => expect(screen.queryByTestId('order-outbid')).not.toBeInTheDocument())
  })

  it('switches to the history and to another character, and says why a list is empty', async () => {
    mockFetch({
      [ordersUrl(PILOT.id, 'open')]: { body: OPEN },
      [ordersUrl(PILOT.id, 'history')]: { body: [own(3, 'Tritanium', false, null, 'expired')] },
      [ordersUrl(ALT.id, 'history')]: { body: [] },
      [ordersUrl(ALT.id, 'open')]: problem(403, 'Forbidden', 'Alt Pilot is not a character of this account'),
    })
    const user = userEvent.setup()
    renderPage('/market/orders', SCOPED)
    await screen.findAllByTestId('own-order')
    await user.click(screen.getByRole('button', { name: 'History' }))
    const past = await screen.findByTestId('own-order')
    expect(past).toHaveTextContent('Expired')
    expect(past).toHaveTextContent('2026-12-01 10:00 EVE')

    await user.selectOptions(screen.getByTestId('orders-character'), String(ALT.id))
    expect(await screen.findByText('Alt Pilot is not a character of this account')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'History' }))
    expect(await screen.findByTestId('empty')).toHaveTextContent(`Alt Pilot has not granted reading market orders (${SCOPE})`)
  })

  it('tells a pilot with the scope that there are no orders in EVE', async () => {
    mockFetch({ [ordersUrl(PILOT.id, 'open')]: { body: [] } })
    renderPage('/market/orders', SCOPED)
    expect(await screen.findByTestId('empty')).toHaveTextContent('Demo Pilot has no open market orders in EVE as last read (orders are read every 20 minutes).')
  })

  it('shows the corporation\'s orders with who placed them, and why they are hidden without a role', async () => {
    const ACME = 98000001
    const inCorp = { ...ME, characters: [{ ...PILOT, scopes: [SCOPE], corporationId: ACME }, { ...ALT, corporationId: 98000002 }] }
    mockFetch({
      [ordersUrl(PILOT.id, 'open')]: { body: [] },
      [ordersUrl(ALT.id, 'open')]: { body: [] },
      [`GET /api/v1/universe/names?id=${ACME}`]: { body: { names: [{ id: ACME, name: 'Acme Trading', category: 'corporation' }] } },
      'GET /api/v1/universe/names?id=98000002': { body: { names: [] } },
      [`GET /api/v1/corporations/${ACME}/market/orders?state=open`]: { body: [{ ...OPEN[0], issuedByName: 'Alt Pilot', walletDivision: 2 }] },
      'GET /api/v1/corporations/98000002/market/orders?state=open': problem(404, 'Not Found', 'corporation 98000002 not found'),
    })
    const user = userEvent.setup()
    const { socket } = renderPage('/market/orders', inCorp)
    const table = await screen.findByTestId('corporation-orders-open')
    expect(screen.getByText('Acme Trading')).toBeInTheDocument()
    expect(within(table).getByTestId('own-order')).toHaveTextContent('Alt Pilot (division 2)')
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: `corporation.${ACME}.market` })

    await user.selectOptions(screen.getByTestId('orders-character'), String(ALT.id))
    expect(await screen.findByText(/Reading the market orders of the corporation takes the Director, Accountant or Trader role/))
      .toBeInTheDocument()
  })
})
