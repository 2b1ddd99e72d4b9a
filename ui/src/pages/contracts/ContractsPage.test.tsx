import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { ME, PILOT, renderPage } from '../../test/renderPage'

const CONTRACTS = `/api/v1/characters/${PILOT.id}/contracts`

function contract(contractId: number, type: string, title: string) {
  return { contractId, type, title, issuerId: PILOT.id, status: 'outstanding', availability: 'personal',
    price: 1500000, buyout: 3000000, reward: 20000000, collateral: 50000000, volume: 10, startLocationId: 1,
    endLocationId: 2, dateIssued: '2026-11-20T10:00:00Z', dateExpired: '2026-11-27T10:00:00Z' }
}

const auction = contract(11, 'auction', 'Rifter auction')
const courier = contract(12, 'courier', 'Haul to Amarr')

describe('contracts page', () => {
  it('lists contracts and those expiring soon, filters by type and opens details with items and bids', async () => {
    mockFetch({
      [`GET ${CONTRACTS}?status=outstanding&expiringWithin=P2D&sort=expires&limit=100`]: {
        body: { contracts: [courier], next: null },
      },
      [`GET ${CONTRACTS}?sort=-issued&limit=100`]: { body: { contracts: [auction, courier], next: null } },
      [`GET ${CONTRACTS}?sort=-issued&type=auction&limit=100`]: { body: { contracts: [auction], next: null } },
      [`GET ${CONTRACTS}/11`]: { body: { ...auction, route: null } },
      [`GET ${CONTRACTS}/11/items`]: { body: { items: [{ recordId: 1, typeId: 587, typeName: 'Rifter', quantity: 2, included: true }] } },
      [`GET ${CONTRACTS}/11/bids`]: {
        body: { bids: [{ bidId: 1, bidderId: 95465499, bidderName: 'Ava Kestrel', amount: 2000000, dateBid: '2026-11-21T08:00:00Z' }] },
      },
    })
    renderPage('/contracts')

    const soon = await screen.findByTestId('expiring-soon')
    expect(within(soon).getByText('Haul to Amarr')).toBeInTheDocument()
    const all = await screen.findByTestId('contracts')
    expect(within(all).getAllByTestId('contract-row')).toHaveLength(2)
    expect(within(all).getByText('20,000,000.00 ISK')).toBeInTheDocument() // a courier shows its reward

    const filters = screen.getByRole('group', { name: 'Contract filters' })
    await userEvent.selectOptions(within(filters).getByLabelText('Type'), 'auction')
    await waitFor(() => expect(within(screen.getByTestId('contracts')).getAllByTestId('contract-row')).toHaveLength(1))

    await userEvent.click(within(screen.getByTestId('contracts')).getByRole('button', { name: 'Rifter auction' }))
    const details = await screen.findByTestId('contract-details')
    expect(details).toHaveTextContent('3,000,000.00 ISK')
    expect(within(details).getByTestId('contract-items')).toHaveTextContent('Rifter')
    expect(within(details).getByTestId('contract-bids')).toHaveTextContent('Ava Kestrel')
    expect(within(details).getByTestId('contract-bids')).toHaveTextContent('2,000,000.00 ISK')
  })

  it('says when nothing expires soon', async () => {
    mockFetch({
      [`GET ${CONTRACTS}?status=outstanding&expiringWithin=P2D&sort=expires&limit=100`]: {
        body: { contracts: [], next: null },
      },
      [`GET ${CONTRACTS}?sort=-issued&limit=100`]: { body: { contracts: [], next: null } },
    })
    renderPage('/contracts')
    expect(await screen.findByText('Nothing expires in the next two days.')).toBeInTheDocument()
    expect(await screen.findByText('No contracts match.')).toBeInTheDocument()
  })

  it('searches public contracts by region, item name and price, with names', async () => {
    const { fetchMock } = mockFetch({
      [`GET ${CONTRACTS}?status=outstanding&expiringWithin=P2D&sort=expires&limit=100`]: { body: { contracts: [], next: null } },
      [`GET ${CONTRACTS}?sort=-issued&limit=100`]: { body: { contracts: [], next: null } },
      'POST /api/v1/contracts/search': { body: { contracts: [{ ...auction, title: '', issuerName: 'Ava Kestrel',
        startLocationName: 'Jita IV - Moon 4', regionId: 10000002 }], next: null } },
    })
    renderPage('/contracts')

    const form = await screen.findByRole('form', { name: 'Public contract search' })
    await userEvent.type(within(form).getByLabelText('Item name'), 'Rifter')
    await userEvent.type(within(form).getByLabelText('Max ISK'), '5000000')
    await userEvent.click(within(form).getByRole('button', { name: 'Search' }))

    const found = await screen.findByTestId('public-contracts')
    expect(found).toHaveTextContent('Auction by Ava Kestrel')
    expect(found).toHaveTextContent('Jita IV - Moon 4')
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ regionId: 10000002, itemTypeName: 'Rifter', maxPrice: 5000000, limit: 50 })
  })

  it('lists the corporation\'s contracts with the same filter, opens one, and says which roles they take', async () => {
    const CORPORATION = 98000042
    const OF_CORPORATION = `/api/v1/corporations/${CORPORATION}/contracts`
    const routes = (corporation: object) => ({
      [`GET ${CONTRACTS}?status=outstanding&expiringWithin=P2D&sort=expires&limit=100`]: { body: { contracts: [], next: null } },
      [`GET ${CONTRACTS}?sort=-issued&limit=100`]: { body: { contracts: [], next: null } },
      [`GET /api/v1/universe/names?id=${CORPORATION}`]: { body: { names: [{ id: CORPORATION, name: 'Kestrel Works', category: 'corporation' }] } },
      [`GET ${OF_CORPORATION}?sort=-issued&limit=100`]: corporation,
      [`GET ${OF_CORPORATION}/12`]: { body: { ...courier, route: null } },
      [`GET ${OF_CORPORATION}/12/items`]: { body: { items: [] } },
      [`GET ${OF_CORPORATION}/12/bids`]: { body: { bids: [] } },
    })
    const me = { ...ME, characters: [{ ...PILOT, corporationId: CORPORATION }] }
    mockFetch(routes({ body: { contracts: [courier], next: null } }))
    const view = renderPage('/contracts', me)

    const listed = await screen.findByTestId('corporation-contracts')
    await userEvent.click(within(listed).getByRole('button', { name: 'Haul to Amarr' }))
    expect(await screen.findByTestId('contract-details')).toHaveTextContent('Haul to Amarr')
    view.unmount()

    mockFetch(routes(problem(404, 'Not Found')))
    renderPage('/contracts', me)
    expect(await screen.findByText('Reading the contracts of Kestrel Works takes the Director or Contract Manager '
      + 'role there (as ESI last said).')).toBeInTheDocument()
  })
})
