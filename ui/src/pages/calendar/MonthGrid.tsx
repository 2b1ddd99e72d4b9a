import type { CalendarEventSummary } from '../../api/calendar'
import { eveDay } from '../../format'
import { monthGrid, type Month } from './month'

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

interface MonthGridProps {
  month: Month
  events: CalendarEventSummary[]
  onOpen: (eventId: number) => void
}

/** The month's weeks, each day with its events (EVE time) as buttons. */
export function MonthGrid({ month, events, onOpen }: MonthGridProps) {
  const today = eveDay(new Date().toISOString())
  const byDay = new Map<string, CalendarEventSummary[]>()
  for (const event of events) {
    if (!event.date) continue
    const day = eveDay(event.date)
    byDay.set(day, [...(byDay.get(day) ?? []), event])
  }
  return (
    <div className="month-grid" role="table" aria-label="Month" data-testid="month-grid">
      <div role="row" className="month-row">
        {WEEKDAYS.map((d) => (
          <div key={d} role="columnheader" className="weekday">
            {d}
          </div>
        ))}
      </div>
      {chunk(monthGrid(month), 7).map((week) => (
        <div role="row" className="month-row" key={week[0].toISOString()}>
          {week.map((date) => {
            const day = date.toISOString().slice(0, 10)
            const outside = date.getUTCMonth() !== month.month
            return (
              <div role="cell" key={day}
                className={`day ${outside ? 'outside' : ''} ${day === today ? 'today' : ''}`}
                aria-label={day}>
                <span className="day-number">{date.getUTCDate()}</span>
                {(byDay.get(day) ?? []).map((event) => (
                  <button key={event.eventId} type="button" className={`event response-${event.response ?? 'none'}`}
                    title={event.title ?? undefined} onClick={() => onOpen(event.eventId)} data-testid="calendar-event">
                    {event.date?.slice(11, 16)} {event.title ?? 'Event'}
                  </button>
                ))}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))
}
