import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../test/mockFetch'
import { ALT, PILOT, renderPage } from '../test/renderPage'

describe('alerts banner', () => {
  it('shows the alerts of every own character until dismissed', async () => {
    mockFetch({ 'GET /api/v1/killmails?limit=50': { body: { killmails: [] } } })
    const { socket } = renderPage('/killmails')
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: `character.${PILOT.id}.alerts` })
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: `character.${ALT.id}.alerts` })

    act(() => socket.event(2, `character.${PILOT.id}.alerts`, 'contract.expiring', {
      characterId: PILOT.id,
      contracts: [{ contractId: 7, title: 'Freight to Amarr', dateExpired: '2026-12-02T20:00:00Z' }],
    }))
    act(() => socket.event(3, `character.${ALT.id}.alerts`, 'token.invalid', { characterId: ALT.id }))

    const alerts = within(await screen.findByRole('list', { name: 'Alerts' })).getAllByRole('alert')
    expect(alerts).toHaveLength(2)
    expect(alerts[0]).toHaveTextContent('Demo Pilot: a contract expires within a day: Freight to Amarr')
    expect(alerts[1]).toHaveTextContent('Alt Pilot: EVE SSO no longer accepts')

    await userEvent.click(within(alerts[0]).getByRole('button', { name: 'Dismiss' }))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
  })
})
