import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '../api/types'
import { mockFetch } from '../test/mockFetch'
import { ALT, PILOT, renderPage } from '../test/renderPage'

const KILLMAILS = { 'GET /api/v1/killmails?limit=50': { body: { killmails: [] } } }

function meWith(pilotFirstSync: { running: boolean; endpoints: number; done: number }): Me {
  return { accountId: 1, admin: false, characters: [{ ...PILOT, firstSync: pilotFirstSync }, ALT] }
}

describe('first sync notice', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says the first sync is running until every endpoint has synced once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const answers = [meWith({ running: true, endpoints: 9, done: 6 }), meWith({ running: false, endpoints: 9, done: 9 })]
    const { calls } = mockFetch({ ...KILLMAILS, 'GET /api/v1/auth/me': (call) => ({ body: answers[call] }) })

    renderPage('/killmails', meWith({ running: true, endpoints: 9, done: 0 }))
    expect(screen.getByText(/First sync running/)).toHaveTextContent(
      'First sync running for Demo Pilot: 0 of 9 kinds of data synced so far',
    )

    await act(() => vi.advanceTimersByTimeAsync(5000))
    expect(await screen.findByText(/6 of 9 kinds of data/)).toBeInTheDocument()

    await act(() => vi.advanceTimersByTimeAsync(5000))
    expect(screen.queryByText(/First sync running/)).not.toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(15000))
    expect(calls.filter((c) => c.url === '/api/v1/auth/me')).toHaveLength(2)
  })

  it('says nothing and asks nothing once the first sync is done', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { calls } = mockFetch(KILLMAILS)

    renderPage('/killmails', meWith({ running: false, endpoints: 9, done: 9 }))
    await act(() => vi.advanceTimersByTimeAsync(10000))

    expect(screen.queryByText(/First sync running/)).not.toBeInTheDocument()
    expect(calls.filter((c) => c.url === '/api/v1/auth/me')).toHaveLength(0)
  })
})
