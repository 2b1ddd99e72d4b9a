import { fetchAttendees } from '../../api/calendar'
import { AsyncView } from '../../components/AsyncView'
import { EntityName } from '../../components/EntityName'
import { humanize } from '../../format'
import { useAsync } from '../../hooks/useAsync'

/** Who is invited to an event and how each answered. */
export function AttendeeList({ characterId, eventId, version }: { characterId: number; eventId: number; version: number }) {
  const { result, reload } = useAsync(() => fetchAttendees(characterId, eventId), [characterId, eventId, version])
  return (
    <section aria-label="Attendees">
      <h4>Attendees</h4>
      <AsyncView result={result} onRetry={reload} isEmpty={(list) => list.length === 0}
        empty="No attendee list: EVE keeps one only for events with invitations.">
        {(attendees) => (
          <ul className="attendees" data-testid="attendees">
            {attendees.map((a) => (
              <li key={a.characterId}>
                <EntityName kind="character" id={a.characterId} name={a.name} size={20} />
                <span className={`tag response-${a.response}`}>{humanize(a.response)}</span>
              </li>
            ))}
          </ul>
        )}
      </AsyncView>
    </section>
  )
}
