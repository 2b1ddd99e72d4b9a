import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/mockFetch'
import { renderPage } from '../../test/renderPage'

const stored = { killmailId: 1, killmailTime: '2026-11-25T10:00:00Z', solarSystemName: 'Jita',
  victim: { characterName: 'Unlucky', shipTypeName: 'Rifter' }, totalValue: 1500000 }

describe('killmails page', () => {
  it('shows stored kills and puts pushed ones on top', async () => {
    mockFetch({ 'GET /api/v1/killmails?limit=50': { body: { killmails: [stored] } } })
    const { socket } = renderPage('/killmails')

    expect(await screen.findByText('Unlucky')).toBeInTheDocument()
    expect(screen.getByText('1,500,000.00 ISK')).toBeInTheDocument()
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: 'killmails' })
    await waitFor(() => expect(screen.getAllByText('Live').length).toBeGreaterThan(0))

    act(() => socket.event(2, 'killmails', 'killmail.new', {
      killmailId: 2, killmailTime: '2026-11-25T11:00:00Z', solarSystemName: 'Amamake',
      victim: { characterName: 'Unluckier', shipTypeName: 'Venture' }, totalValue: 250000,
    }))
    const rows = await screen.findAllByRole('row')
    expect(rows[1]).toHaveTextContent('Unluckier')
    expect(rows[2]).toHaveTextContent('Unlucky')
  })
})
