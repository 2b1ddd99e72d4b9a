import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { ME, PILOT, renderPage } from '../../test/renderPage'

const JOURNAL = `/api/v1/wallet/journal/${PILOT.id}`

function entry(id: number, amount: string) {
  return {
    id, date: '2026-11-25T23:30:00Z', refType: 'player_donation', description: 'Donation', amount,
    balance: '1000000', firstPartyId: 1, firstPartyName: 'Giver', secondPartyId: 2, secondPartyName: null, reason: '',
  }
}

const statistics = {
  byRefType: [],
  byPeriod: [{ start: '2026-11-25T00:00:00Z', income: '1500', expense: '-250', entries: 3 }],
  topCounterparties: [],
}

function walletRoutes(extra = {}) {
  return {
    [`GET /api/v1/wallet/balance/${PILOT.id}`]: (call: number) => ({
      body: { characterId: PILOT.id, balance: call === 0 ? '1234567.89' : '98765432.1', syncedAt: '2026-11-25T10:00:00Z' },
    }),
    [`GET /api/v1/wallet/statistics/${PILOT.id}?period=day`]: { body: statistics },
    [`GET ${JOURNAL}?limit=50`]: { body: { entries: [entry(3, '1500'), entry(2, '-250')], older: 2, newer: 3 } },
    [`GET /api/v1/wallet/transactions/${PILOT.id}?limit=50`]: { body: { transactions: [{ transactionId: 9,
      date: '2026-11-25T12:00:00Z', typeId: 587, typeName: 'Rifter', quantity: 2, unitPrice: '400000.00', buy: true,
      clientId: 90000001, clientName: null, locationId: 60003760, locationName: 'Jita IV - Moon 4 - Caldari Navy Assembly Plant' }],
    older: null, newer: 9 } },
    ...extra,
  }
}

describe('wallet page', () => {
  it('shows the balance, the ISK flow and the journal in EVE time', async () => {
    mockFetch(walletRoutes())
    renderPage('/wallet')

    expect(await screen.findByText('1,234,567.89 ISK')).toBeInTheDocument()
    const rows = await screen.findAllByTestId('journal-row')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent('2026-11-25 23:30 EVE')
    expect(rows[0]).toHaveTextContent('Player donation')
    expect(rows[0]).toHaveTextContent('Giver → Unknown party')
    expect(within(rows[1]).getByText('-250.00 ISK')).toHaveClass('negative')
    expect(screen.getByTestId('isk-flow')).toHaveTextContent('2026-11-25: income 1500, expense 250')
    const bought = await screen.findByTestId('transaction-row')
    expect(bought).toHaveTextContent('Rifter')
    expect(bought).toHaveTextContent('-800,000.00 ISK')
    expect(bought).toHaveTextContent('Unknown pilot')
    expect(bought).toHaveTextContent('Jita IV - Moon 4')
  })

  it('loads older entries with the cursor and applies filters on submit', async () => {
    const { calls } = mockFetch(
      walletRoutes({
        [`GET ${JOURNAL}?before=2&limit=50`]: { body: { entries: [entry(1, '10')], older: null, newer: 1 } },
        [`GET ${JOURNAL}?minAmount=100&limit=50`]: { body: { entries: [entry(3, '1500')], older: null, newer: 3 } },
      }),
    )
    renderPage('/wallet')

    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(screen.getAllByTestId('journal-row')).toHaveLength(3))
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()

    await userEvent.type(screen.getByLabelText('Min ISK'), '100')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    await waitFor(() => expect(screen.getAllByTestId('journal-row')).toHaveLength(1))
    expect(calls.map((c) => c.url)).toContain(`${JOURNAL}?minAmount=100&limit=50`)
  })

  it('reloads the balance when the server pushes a wallet event', async () => {
    mockFetch(walletRoutes())
    const { socket } = renderPage('/wallet')
    await screen.findByText('1,234,567.89 ISK')

    act(() => socket.welcome(5))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: `character.${PILOT.id}.wallet` })
    act(() => socket.event(6, `character.${PILOT.id}.wallet`, 'wallet.journal', { added: 2 }))

    expect(await screen.findByText('98,765,432.10 ISK')).toBeInTheDocument()
    expect(screen.getByTestId('live-notice')).toHaveTextContent('2 new journal entries')
  })

  it('shows the empty and error states', async () => {
    mockFetch(
      walletRoutes({
        [`GET ${JOURNAL}?limit=50`]: problem(503, 'Service Unavailable', 'Database not reachable'),
        [`GET /api/v1/wallet/statistics/${PILOT.id}?period=day`]: {
          body: { ...statistics, byPeriod: [] },
        },
      }),
    )
    renderPage('/wallet')

    expect(await screen.findByText('Database not reachable')).toBeInTheDocument()
    expect(await screen.findByText('No journal entries in the last year.')).toBeInTheDocument()
  })

  it('shows the corporation\'s divisions with names and balances and the chosen division\'s journal', async () => {
    const CORPORATION = 98000042
    const WALLET = `/api/v1/corporations/${CORPORATION}/wallet`
    const { calls } = mockFetch(walletRoutes({
      [`GET /api/v1/universe/names?id=${CORPORATION}`]: { body: { names: [{ id: CORPORATION, name: 'Kestrel Works', category: 'corporation' }] } },
      [`GET ${WALLET}/balance`]: { body: { divisions: [
        { division: 1, name: null, balance: '5000000000.00', syncedAt: '2026-11-25T10:00:00Z' },
        { division: 2, name: 'Ship fund', balance: '125000.50', syncedAt: '2026-11-25T10:00:00Z' },
        { division: 3, name: null, balance: null, syncedAt: null },
      ] } },
      [`GET ${WALLET}/journal?division=1&limit=50`]: { body: { entries: [entry(7, '1000000')], older: null, newer: 7 } },
      [`GET ${WALLET}/journal?division=2&limit=50`]: { body: { entries: [entry(8, '-99.5')], older: null, newer: 8 } },
    }))
    renderPage('/wallet', { ...ME, characters: [{ ...PILOT, corporationId: CORPORATION }] })

    const divisions = await screen.findByTestId('corporation-divisions')
    const rows = within(divisions).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('1. Master wallet5,000,000,000.00 ISK')
    expect(rows[1]).toHaveTextContent('2. Ship fund125,000.50 ISK')
    expect(rows[2]).toHaveTextContent('3. Division 3not synced')
    expect(await screen.findByRole('heading', { name: 'Journal of Master wallet' })).toBeInTheDocument()
    expect(await screen.findByTestId('corporation-journal')).toHaveTextContent('1,000,000.00 ISK')

    await userEvent.click(within(divisions).getByRole('button', { name: '2. Ship fund' }))
    expect(await screen.findByRole('heading', { name: 'Journal of Ship fund' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('corporation-journal')).toHaveTextContent('-99.50 ISK'))
    expect(calls.map((c) => c.url)).toContain(`${WALLET}/journal?division=2&limit=50`)
  })

  it('says which roles the corporation\'s wallets take when the server refuses them', async () => {
    const CORPORATION = 98000042
    mockFetch(walletRoutes({
      [`GET /api/v1/universe/names?id=${CORPORATION}`]: { body: { names: [{ id: CORPORATION, name: 'Kestrel Works', category: 'corporation' }] } },
      [`GET /api/v1/corporations/${CORPORATION}/wallet/balance`]: problem(404, 'Not Found'),
    }))
    renderPage('/wallet', { ...ME, characters: [{ ...PILOT, corporationId: CORPORATION }] })

    expect(await screen.findByText('Reading the wallets of Kestrel Works takes the Director or Accountant role there '
      + '(as ESI last said).')).toBeInTheDocument()
  })
})
