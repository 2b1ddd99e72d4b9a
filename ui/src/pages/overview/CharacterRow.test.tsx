import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LiveProvider } from '../../live/LiveContext'
import { mockFetch, problem } from '../../test/mockFetch'
import { FakeSocket } from '../../test/fakeSocket'
import { PILOT } from '../../test/renderPage'
import { CharacterRow } from './CharacterRow'

const MAIL = `/api/v1/characters/${PILOT.id}/mail/labels`
const CONTRACTS = `/api/v1/characters/${PILOT.id}/contracts?status=outstanding&limit=100`

describe('a character on the overview', () => {
  it('fills in as its first sync lands, without a reload', async () => {
    const { calls } = mockFetch({
      [`GET /api/v1/wallet/balance/${PILOT.id}`]: (call) => call === 0
        ? problem(404, 'Not Found', 'No balance yet')
        : { body: { characterId: PILOT.id, balance: '1234567.89', syncedAt: '2026-12-07T07:35:00Z' } },
      [`GET ${MAIL}`]: (call) => ({ body: { totalUnreadCount: call === 0 ? 0 : 4, labels: [] } }),
      [`GET ${CONTRACTS}`]: { body: { contracts: [] } },
      [`GET /api/v1/characters/${PILOT.id}/status`]: problem(404, 'Not Found', 'character not found'),
    })
    render(<LiveProvider><CharacterRow character={PILOT} /></LiveProvider>)
    const socket = FakeSocket.latest()
    expect(await screen.findByText('Not synced yet')).toBeInTheDocument()
    act(() => socket.welcome(1))
    await waitFor(() => expect(socket.sent).toContainEqual(
      { action: 'subscribe', topic: `character.${PILOT.id}.wallet` }))

    act(() => socket.event(2, `character.${PILOT.id}.wallet`, 'wallet.balance', {}))
    expect(await screen.findByText(/1,234,567\.89/)).toBeInTheDocument()
    act(() => socket.event(3, `character.${PILOT.id}.mail`, 'mail.new', {}))
    await waitFor(() => expect(screen.getByTestId('unread-mail')).toHaveTextContent('4'))
    expect(calls.filter((c) => c.url === MAIL)).toHaveLength(2)
  })
})
