import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { AMARR_STATION, HUBS, JITA_STATION } from '../../test/marketFixtures'
import { renderPage } from '../../test/renderPage'
import './TradeRoutesPage'

const item = (typeId: number, typeName: string, profit: number) => ({
  typeId, typeName, quantity: 100, buyPrice: 10, sellPrice: 12, profit, profitPerUnit: profit / 100, volumeM3: 5,
  profitPerM3: profit / 5,
})
const route = (toStationId: number, toStationName: string, jumps: number, profit: number, items: ReturnType<typeof item>[]) => ({
  fromStationId: JITA_STATION, fromStationName: HUBS[0].stationName, toStationId, toStationName, jumps, items, profit,
  iskPerJump: profit / jumps, profitPerM3: profit / 10, cargoUsed: 10, iskNeeded: 2000,
})
const ROUTES = [
  route(AMARR_STATION, HUBS[1].stationName, 45, 9_000_000, [item(587, 'Rifter', 9_000_000)]),
  route(60011866, 'Dodixie IX - Moon 20 - Federation Navy Assembly Plant', 15, 6_000_000,
    [item(34, 'Tritanium', 4_000_000), item(35, 'Pyerite', 2_000_000)]),
]
const SEARCH = `GET /api/v1/market/trade-routes?from=${JITA_STATION}&cargo=10000&isk=100000000&mode=immediate`
const answer = (routes: unknown[], mode = 'immediate', brokerFeePercent = 3, source = 'default') =>
  ({ mode, fees: { brokerFeePercent, salesTaxPercent: 8, source }, routes })

describe('trade routes', () => {
  it('finds routes from a hub to every other, sorts them by ISK per jump, filters by item and lists a route\'s cargo', async () => {
    mockFetch({ 'GET /api/v1/market/hubs': { body: HUBS }, [SEARCH]: { body: answer(ROUTES) } })
    const user = userEvent.setup()
    renderPage('/market/routes')
    await user.click(await screen.findByTestId('routes-submit'))
    let rows = await screen.findAllByTestId('trade-route')
    expect(rows[0]).toHaveTextContent('Amarr VIII (Oris) - Emperor Family Academy')
    expect(rows[0]).toHaveTextContent('9,000,000.00 ISK')
    expect(screen.getByTestId('routes-broker-fee')).toHaveValue('')
    expect(screen.getByTestId('routes-fees')).toHaveTextContent('Sold at once to the buy orders, after a broker fee of 3.00 % and '
      + 'sales tax of 8.00 % (an untrained pilot\'s rates at an NPC station, as in the profit calculator).')

    const table = screen.getByTestId('trade-routes')
    await user.click(within(table).getByRole('button', { name: /ISK per jump/ }))
    await user.click(within(table).getByRole('button', { name: /ISK per jump/ }))
    rows = screen.getAllByTestId('trade-route')
    expect(rows[0]).toHaveTextContent('Dodixie') // 400,000 per jump against 200,000

    await user.type(screen.getByTestId('routes-filter'), 'pyerite')
    expect(screen.getAllByTestId('trade-route')).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: /Show the 2 items from Jita/ }))
    const cargo = screen.getAllByTestId('route-item')
    expect(cargo).toHaveLength(2)
    expect(cargo[0]).toHaveTextContent('Tritanium')
    expect(cargo[0]).toHaveTextContent('4,000,000.00 ISK')
  })

  it('sends the chosen destination and minimum, says why nothing was found, and shows problems', async () => {
    const narrowed = `GET /api/v1/market/trade-routes?to=${AMARR_STATION}&cargo=500&isk=100000000&minProfit=1000&maxJumps=20`
      + '&mode=order&brokerFeePercent=2.5'
    const { calls } = mockFetch({
      'GET /api/v1/market/hubs': { body: HUBS },
      [narrowed]: (call) => (call === 0 ? { body: answer([], 'order', 2.5, 'typed') } : problem(400, 'Bad Request', 'cargo must be at most 1000000 m3')),
    })
    const user = userEvent.setup()
    renderPage('/market/routes')
    fireEvent.change(await screen.findByTestId('routes-to'), { target: { value: String(AMARR_STATION) } })
    fireEvent.change(screen.getByTestId('routes-from'), { target: { value: '' } })
    fireEvent.change(screen.getByTestId('routes-mode'), { target: { value: 'order' } })
    await user.clear(screen.getByTestId('routes-cargo'))
    await user.type(screen.getByTestId('routes-cargo'), '0')
    await user.click(screen.getByTestId('routes-submit'))
    expect(await screen.findByText('The cargo hold must hold more than 0 m³.')).toBeInTheDocument()

    await user.clear(screen.getByTestId('routes-cargo'))
    await user.type(screen.getByTestId('routes-cargo'), '500')
    await user.type(screen.getByTestId('routes-min-profit'), '1000')
    await user.type(screen.getByTestId('routes-max-jumps'), '2.5')
    await user.click(screen.getByTestId('routes-submit'))
    expect(await screen.findByText('The most jumps is a whole number above 0.')).toBeInTheDocument()
    await user.clear(screen.getByTestId('routes-max-jumps'))
    await user.type(screen.getByTestId('routes-max-jumps'), '20')
    await user.clear(screen.getByTestId('routes-broker-fee'))
    await user.type(screen.getByTestId('routes-broker-fee'), '2.5')
    await user.click(screen.getByTestId('routes-submit'))
    expect(await screen.findByTestId('routes-empty')).toHaveTextContent('No item makes a profit')
    expect(screen.getByTestId('routes-fees')).toHaveTextContent('Sold with sell orders, after a broker fee of 2.50 % and sales tax of 8.00 %.')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toContain(narrowed)

    await user.click(screen.getByTestId('routes-submit'))
    expect(await screen.findByText('cargo must be at most 1000000 m3')).toBeInTheDocument()
  })
})
