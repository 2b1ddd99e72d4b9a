import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { AMARR_STATION, HUBS, JITA_STATION, STRUCTURES, TOWER, TRITANIUM, TYPES } from '../../test/marketFixtures'
import { ALT, renderPage } from '../../test/renderPage'
import './CalculatorPage'

const RESULT = {
  buyPrice: 5, sellPrice: 6.5, brokerFee: 0.1, salesTax: 0.23, profitPerUnit: 1.17, margin: 18, profit: 1170,
  profitPerM3: 117, dailyVolume: 1_000_000, profitPerDay: 1_170_000,
  taxes: { brokerFeePercent: 1.5, buyBrokerFeePercent: 1.2, salesTaxPercent: 3.6, relistFeePercent: 0.3, source: 'character' },
  typeName: 'Tritanium', buyStationName: HUBS[0].stationName, sellStationName: HUBS[1].stationName,
}

function bodyOf(fetchMock: ReturnType<typeof mockFetch>['fetchMock'], url: string) {
  const call = fetchMock.mock.calls.find(([input]) => input === url)
  return JSON.parse(String(call?.[1]?.body))
}

describe('profit calculator', () => {
  it('computes the profit of an item chosen by name with a character\'s rates', async () => {
    const { fetchMock } = mockFetch({
      'GET /api/v1/market/hubs': { body: HUBS },
      'GET /api/v1/market/structures': { body: [] },
      'GET /api/v1/universe/types?q=Tr&market=true&limit=20': { body: TYPES },
      'POST /api/v1/market/calculator': { body: RESULT },
    })
    const user = userEvent.setup()
    renderPage('/market/calculator')
    expect(await screen.findByTestId('chosen-type')).toHaveTextContent('No item chosen yet')
    await user.type(screen.getByTestId('calc-type-input'), 'Tr')
    await user.click(within(await screen.findByTestId('calc-type-results')).getByRole('button', { name: 'Tritanium' }))
    expect(screen.getByTestId('chosen-type')).toHaveTextContent('Tritanium')
    await user.clear(screen.getByTestId('calc-quantity'))
    await user.type(screen.getByTestId('calc-quantity'), '1000')
    await user.selectOptions(screen.getByTestId('calc-character'), String(ALT.id))
    await user.click(screen.getByTestId('calc-submit'))

    const result = await screen.findByTestId('calculator-result')
    expect(result).toHaveTextContent('Profit for 1,000')
    expect(result).toHaveTextContent('1,170.00 ISK')
    expect(result).toHaveTextContent('18.00 %')
    expect(screen.getByTestId('calculator-taxes')).toHaveTextContent(
      "Broker fee 1.50 % (1.20 % where bought), sales tax 3.60 %, 0.30 % for each price change of the sell order, from the character's skills and standings.")
    expect(result).toHaveTextContent('Tritanium: bought at Jita IV - Moon 4 - Caldari Navy Assembly Plant, sold at Amarr VIII')
    expect(bodyOf(fetchMock, '/api/v1/market/calculator')).toEqual({ typeId: TRITANIUM, buyStationId: JITA_STATION,
      sellStationId: AMARR_STATION, quantity: 1000, buyAs: 'immediate', sellAs: 'order', characterId: ALT.id })
  })

  it('sends typed rates, refuses bad input before asking, and shows the server\'s problem', async () => {
    const { fetchMock } = mockFetch({
      'GET /api/v1/market/hubs': { body: HUBS },
      'GET /api/v1/market/structures': { body: [] },
      'POST /api/v1/market/calculator': (call) => call === 0
        ? { body: { buyPrice: 5, sellPrice: null, brokerFee: 0, salesTax: 0, profitPerUnit: null, margin: null, profit: null,
          profitPerM3: null, dailyVolume: null, profitPerDay: null, taxes: { brokerFeePercent: 2, salesTaxPercent: 4, source: 'typed' } } }
        : problem(400, 'Bad Request', 'buyStationId 1 is not a station'),
    })
    const user = userEvent.setup()
    renderPage(`/market/calculator?typeId=${TRITANIUM}`)
    await screen.findByTestId('calc-quantity')
    expect(screen.getByTestId('chosen-type')).toHaveTextContent('The chosen item')
    await user.clear(screen.getByTestId('calc-quantity'))
    await user.type(screen.getByTestId('calc-quantity'), '-3')
    await user.click(screen.getByTestId('calc-submit'))
    expect(await screen.findByText('The quantity must be a whole number above 0.')).toBeInTheDocument()

    await user.clear(screen.getByTestId('calc-quantity'))
    await user.type(screen.getByTestId('calc-quantity'), '10')
    await user.selectOptions(screen.getByTestId('calc-taxes'), 'typed')
    await user.clear(screen.getByTestId('calc-broker-fee'))
    await user.type(screen.getByTestId('calc-broker-fee'), '200')
    await user.click(screen.getByTestId('calc-submit'))
    expect(await screen.findByText('Broker fee and sales tax are percentages from 0 to 100.')).toBeInTheDocument()
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/v1/market/calculator')).toHaveLength(0)

    await user.clear(screen.getByTestId('calc-broker-fee'))
    await user.type(screen.getByTestId('calc-broker-fee'), '2')
    await user.clear(screen.getByTestId('calc-sales-tax'))
    await user.type(screen.getByTestId('calc-sales-tax'), '4')
    await user.selectOptions(screen.getByTestId('calc-sell-as'), 'immediate')
    await user.click(screen.getByTestId('calc-submit'))
    expect(await screen.findByTestId('calculator-no-price')).toHaveTextContent('Nobody buys this item at the selling hub')
    expect(screen.getByTestId('calculator-taxes')).toHaveTextContent('as you typed them')
    expect(bodyOf(fetchMock, '/api/v1/market/calculator')).toMatchObject({ brokerFeePercent: 2, salesTaxPercent: 4, sellAs: 'immediate' })

    await user.click(screen.getByTestId('calc-submit'))
    expect(await screen.findByText('buyStationId 1 is not a station')).toBeInTheDocument()
  })

  it('offers the kept structures as places to buy or sell at', async () => {
    const { fetchMock } = mockFetch({
      'GET /api/v1/market/hubs': { body: HUBS },
      'GET /api/v1/market/structures': { body: STRUCTURES },
      'POST /api/v1/market/calculator': { body: { ...RESULT, sellStationName: STRUCTURES[0].structureName } },
    })
    const user = userEvent.setup()
    renderPage(`/market/calculator?typeId=${TRITANIUM}`)
    const sellAt = await screen.findByTestId('calc-sell-hub')
    await within(sellAt).findByRole('option', { name: 'Perimeter - Tranquility Trading Tower' })
    await user.selectOptions(sellAt, 'Perimeter - Tranquility Trading Tower')
    await user.click(screen.getByTestId('calc-submit'))
    expect(await screen.findByTestId('calculator-result')).toHaveTextContent('sold at Perimeter - Tranquility Trading Tower')
    expect(bodyOf(fetchMock, '/api/v1/market/calculator')).toMatchObject({ buyStationId: JITA_STATION, sellStationId: TOWER })
  })
})
