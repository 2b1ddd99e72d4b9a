import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { AMARR_STATION, HUBS, JITA_STATION } from '../../test/marketFixtures'
import { renderPage } from '../../test/renderPage'
import './QuickTradePage'

const ANSWER = {
  lines: [{ typeId: 34, typeName: 'Tritanium', quantity: 1000 }, { typeId: 587, typeName: 'Rifter', quantity: 2 }],
  unknown: ['Not An Item 5'],
  hubs: [
    { stationId: JITA_STATION, stationName: HUBS[0].stationName, buyTotal: 805000, sellTotal: 700000, missing: [],
      unsold: [{ typeId: 587, typeName: 'Rifter', quantity: 1 }] },
    { stationId: AMARR_STATION, stationName: HUBS[1].stationName, buyTotal: 5200, sellTotal: 4000,
      missing: [{ typeId: 587, typeName: 'Rifter', quantity: 2 }], unsold: [] },
  ],
}

describe('quick trade', () => {
  it('prices a pasted list at every hub, marks the best and lists what each hub lacks', async () => {
    const { fetchMock } = mockFetch({ 'POST /api/v1/market/quick-trade': { body: ANSWER } })
    const user = userEvent.setup()
    renderPage('/market/quick-trade')
    await user.type(await screen.findByTestId('quick-trade-text'), 'Tritanium 1000{enter}Rifter\t2{enter}Not An Item 5')
    await user.click(screen.getByTestId('quick-trade-submit'))

    const hubs = await screen.findAllByTestId('quick-trade-hub')
    expect(hubs[0]).toHaveTextContent('cheapest805,000.00 ISK')
    expect(hubs[0]).not.toHaveTextContent('best700,000.00 ISK') // one Rifter finds no buyer there
    expect(hubs[1]).toHaveTextContent('best4,000.00 ISK')
    expect(hubs[1]).toHaveTextContent('1 item')
    await user.click(within(hubs[1]).getByText('1 item'))
    expect(hubs[1]).toHaveTextContent('2 × Rifter')
    expect(screen.getByTestId('quick-trade-unknown')).toHaveTextContent('Not An Item 5')
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ text: 'Tritanium 1000\nRifter\t2\nNot An Item 5' })

    await user.type(screen.getByTestId('quick-trade-filter'), 'rif')
    expect(screen.getAllByTestId('quick-trade-line')).toHaveLength(1)
  })

  it('asks for items when nothing is pasted, says when no line is an item, and shows problems', async () => {
    mockFetch({
      'POST /api/v1/market/quick-trade': (call) => (call === 0
        ? { body: { lines: [], unknown: ['hello'], hubs: [] } }
        : problem(413, 'Payload Too Large', 'The list is longer than 1 MiB')),
    })
    const user = userEvent.setup()
    renderPage('/market/quick-trade')
    await user.click(await screen.findByTestId('quick-trade-submit'))
    expect(await screen.findByText(/Paste some items first/)).toBeInTheDocument()
    await user.type(screen.getByTestId('quick-trade-text'), 'hello')
    await user.click(screen.getByTestId('quick-trade-submit'))
    expect(await screen.findByTestId('quick-trade-empty')).toHaveTextContent('No line names an item on the market')
    await user.click(screen.getByTestId('quick-trade-submit'))
    expect(await screen.findByText('The list is longer than 1 MiB')).toBeInTheDocument()
  })
})
