import { useState } from 'react'
import { errorMessage } from '../../api/client'
import { fetchEvent, respondToEvent, type EventResponse } from '../../api/calendar'
import { AsyncView } from '../../components/AsyncView'
import { EntityName } from '../../components/EntityName'
import type { EntityKind } from '../../components/EveImage'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { formatInstant, humanize } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { AttendeeList } from './AttendeeList'

const OWNER_KINDS: Record<string, EntityKind> = { character: 'character', corporation: 'corporation', alliance: 'alliance', faction: 'faction' }

const ANSWERS: { response: EventResponse; label: string }[] = [
  { response: 'accepted', label: 'Accept' },
  { response: 'tentative', label: 'Tentative' },
  { response: 'declined', label: 'Decline' },
]

interface EventDetailsProps {
  characterId: number
  eventId: number
  onAnswered: () => void
}

/** One event with its text, and the answer buttons (sent to EVE). */
export function EventDetails({ characterId, eventId, onAnswered }: EventDetailsProps) {
  const { result, reload } = useAsync(() => fetchEvent(characterId, eventId), [characterId, eventId])
  const [error, setError] = useState<string | null>(null)
  const [answered, setAnswered] = useState(0)

  async function answer(response: EventResponse) {
    setError(null)
    try {
      await respondToEvent(characterId, eventId, response)
      reload()
      setAnswered((n) => n + 1)
      onAnswered()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <Panel title="Event" className="event-details">
      <AsyncView result={result} onRetry={reload}>
        {(event) => (
          <div data-testid="event-details">
            <h3>{event.title}</h3>
            <p className="muted small">
              {formatInstant(event.date)} · {event.durationMinutes} min · by{' '}
              <EntityName kind={OWNER_KINDS[event.owner.type] ?? 'place'} id={event.owner.id} name={event.owner.name || null}
                size={20} />
            </p>
            <p className="event-text">{event.text}</p>
            <p>
              Your answer: <strong data-testid="event-response">{humanize(event.response)}</strong>
            </p>
            {error && <ErrorBanner message={error} />}
            <div className="form-actions" role="group" aria-label="Answer">
              {ANSWERS.map(({ response, label }) => (
                <button key={response} type="button" className="button secondary small"
                  aria-pressed={event.response === response} onClick={() => void answer(response)}>
                  {label}
                </button>
              ))}
            </div>
            <AttendeeList characterId={characterId} eventId={eventId} version={answered} />
          </div>
        )}
      </AsyncView>
    </Panel>
  )
}
