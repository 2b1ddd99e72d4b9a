import { requestJson, send, withQuery } from './client'

export type EventResponse = 'accepted' | 'declined' | 'tentative' | 'not_responded'

export interface CalendarEventSummary {
  eventId: number
  date: string | null
  title: string | null
  importance: number | null
  response: EventResponse | null
}

export interface CalendarEvent {
  eventId: number
  date: string
  durationMinutes: number
  title: string
  text: string
  importance: number
  owner: { id: number; name: string; type: string }
  response: EventResponse
}

export interface CalendarPage {
  events: CalendarEventSummary[]
  total: number
}

const base = (characterId: number) => `/api/v1/characters/${characterId}/calendar`

export function fetchCalendar(characterId: number, from: string): Promise<CalendarPage> {
  return requestJson('GET', withQuery(base(characterId), { from, limit: 200 }))
}

export function fetchEvent(characterId: number, eventId: number): Promise<CalendarEvent> {
  return requestJson('GET', `${base(characterId)}/${eventId}`)
}

export function respondToEvent(characterId: number, eventId: number, response: EventResponse): Promise<void> {
  return send('PUT', `${base(characterId)}/${eventId}`, { response })
}

/** An invited pilot and how they answered; the name is null while the server does not know it. */
export interface Attendee {
  characterId: number
  name: string | null
  response: EventResponse | 'not_responded'
}

export function fetchAttendees(characterId: number, eventId: number): Promise<Attendee[]> {
  return requestJson<{ attendees: Attendee[] }>('GET', `${base(characterId)}/${eventId}/attendees`)
    .then((answer) => answer.attendees)
}
