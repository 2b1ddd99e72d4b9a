import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../test/mockFetch'
import { PILOT, renderPage } from '../../test/renderPage'
import { monthGrid } from './month'

const CALENDAR = `/api/v1/characters/${PILOT.id}/calendar`
const event = { eventId: 5, date: '2026-11-27T19:00:00Z', title: 'Fleet op', importance: 1, response: 'not_responded' }
const details = { ...event, durationMinutes: 90, text: 'Bring ships', owner: { id: 98000001, name: 'Kestrel Works', type: 'corporation' } }

describe('calendar page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('shows the month in EVE time, opens an event and sends the answer', async () => {
    const { calls } = mockFetch({
      [`GET ${CALENDAR}?from=2026-11-01T00%3A00%3A00.000Z&limit=200`]: { body: { events: [event], total: 1 } },
      [`GET ${CALENDAR}/5`]: (call) => ({ body: { ...details, response: call === 0 ? 'not_responded' : 'accepted' } }),
      [`PUT ${CALENDAR}/5`]: { status: 204 },
      [`GET ${CALENDAR}/5/attendees`]: (call) => ({ body: { attendees: [
        { characterId: 90000001, name: 'Ava Kestrel', response: 'accepted' },
        { characterId: PILOT.id, name: PILOT.name, response: call === 0 ? 'not_responded' : 'accepted' },
        { characterId: 90000002, name: null, response: 'declined' }] } }),
    })
    renderPage('/calendar')

    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeInTheDocument()
    const day = await screen.findByRole('cell', { name: '2026-11-27' })
    await userEvent.click(within(day).getByRole('button', { name: '19:00 Fleet op' }))
    const answer = await screen.findByTestId('event-response')
    expect(answer).toHaveTextContent('Not responded')
    expect(screen.getByTestId('event-details')).toHaveTextContent('Bring ships')
    expect(screen.getByTestId('event-details')).toHaveTextContent('by Kestrel Works')
    const attendees = await screen.findByTestId('attendees')
    expect(attendees).toHaveTextContent('Ava Kestrel')
    expect(attendees).toHaveTextContent('Unknown pilot')
    expect(attendees).not.toHaveTextContent('90000002')

    await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(await screen.findByText('Accepted')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
  })

  it('moves between months', async () => {
    mockFetch({
      [`GET ${CALENDAR}?from=2026-11-01T00%3A00%3A00.000Z&limit=200`]: { body: { events: [], total: 0 } },
      [`GET ${CALENDAR}?from=2026-12-01T00%3A00%3A00.000Z&limit=200`]: { body: { events: [], total: 0 } },
    })
    renderPage('/calendar')
    await userEvent.click(await screen.findByRole('button', { name: 'Next ›' }))
    expect(await screen.findByRole('heading', { name: 'December 2026' })).toBeInTheDocument()
  })
})

describe('monthGrid', () => {
  it('covers whole weeks from Monday', () => {
    const days = monthGrid({ year: 2026, month: 10 })
    expect(days).toHaveLength(42) // 1 November 2026 is a Sunday: six weeks
    expect(days[0].toISOString().slice(0, 10)).toBe('2026-10-26')
    expect(days.at(-1)?.toISOString().slice(0, 10)).toBe('2026-12-06')
  })
})
