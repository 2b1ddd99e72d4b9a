import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../test/mockFetch'
import { SyncTimes } from './SyncTimes'

const URL = 'GET /api/v1/characters/2112625428/sync-times'
const PILOT = { kind: 'characters', id: 2112625428 } as const
const times = (lastSuccess: string | null, nextDue: string, lastStatus = 'UPDATED') => ({ times: [
  { endpoint: 'WALLET_JOURNAL', planned: true, lastSuccess, nextDue, lastStatus },
  { endpoint: 'MAIL', planned: false, lastSuccess: null, nextDue: null, lastStatus: null },
] })

afterEach(() => {
  vi.useRealTimers()
})

describe('sync times', () => {
  it('says when each kind of data was synced, when it is due, and what is not synced', async () => {
    mockFetch({ [URL]: { body: times('2026-12-07T12:00:00Z', '2026-12-07T12:10:00Z', 'FAILED') } })
    render(<SyncTimes owner={PILOT} endpoints={{ WALLET_JOURNAL: 'Journal', MAIL: 'Mail', CONTACTS: 'Contacts' }} />)

    const line = await screen.findByTestId('sync-times')
    expect(line).toHaveTextContent(
      'Journal synced 2026-12-07 12:00 EVE (the last run failed) · next sync 2026-12-07 12:10 EVE')
    expect(line).toHaveTextContent('Mail not synced: its scope or roles are not granted.')
    expect(line).toHaveTextContent('Contacts not synced') // an endpoint the server does not run for this owner
  })

  it('says a first sync is pending, and reads the times again on a live change', async () => {
    const { calls } = mockFetch({ [URL]: (call) => ({ body: call === 0
      ? times(null, '2026-12-07T12:00:00Z', 'NEW') : times('2026-12-07T12:01:00Z', '2026-12-07T12:11:00Z') }) })
    const view = render(<SyncTimes owner={PILOT} endpoints={{ WALLET_JOURNAL: 'Journal' }} version={0} />)
    expect(await screen.findByTestId('sync-times')).toHaveTextContent(
      'Journal first sync pending · next sync 2026-12-07 12:00 EVE')

    view.rerender(<SyncTimes owner={PILOT} endpoints={{ WALLET_JOURNAL: 'Journal' }} version={1} />)

    await waitFor(() => expect(screen.getByTestId('sync-times')).toHaveTextContent('Journal synced 2026-12-07 12:01'))
    expect(calls).toHaveLength(2)
  })

  it('reads the times again once the next sync is due, keeping the old ones shown meanwhile', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T12:05:00Z'), shouldAdvanceTime: true })
    const { calls } = mockFetch({ [URL]: (call) => ({ body: call === 0
      ? times('2026-12-07T12:00:00Z', '2026-12-07T12:10:00Z') : times('2026-12-07T12:10:05Z', '2026-12-07T12:20:00Z') }) })
    render(<SyncTimes owner={PILOT} endpoints={{ WALLET_JOURNAL: 'Journal' }} />)
    expect(await screen.findByTestId('sync-times')).toHaveTextContent('synced 2026-12-07 12:00')

    await act(async () => {
      await vi.advanceTimersByTimeAsync(5 * 60_000 + 16_000)
    })

    await waitFor(() => expect(screen.getByTestId('sync-times')).toHaveTextContent('synced 2026-12-07 12:10'))
    expect(calls).toHaveLength(2)
  })

  it('says when the times cannot be read', async () => {
    mockFetch({})
    render(<SyncTimes owner={PILOT} endpoints={{ WALLET_JOURNAL: 'Journal' }} />)
    expect(await screen.findByTestId('sync-times')).toHaveTextContent('Sync times unavailable')
  })
})
