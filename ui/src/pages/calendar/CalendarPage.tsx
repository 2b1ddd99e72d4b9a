import { useState } from 'react'
import { fetchCalendar } from '../../api/calendar'
import type { Character } from '../../api/types'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { RequireCharacter } from '../../character/RequireCharacter'
import { useAsync } from '../../hooks/useAsync'
import { useLiveVersion } from '../../live/useLiveVersion'
import { EventDetails } from './EventDetails'
import { monthName, monthOf, monthStart, shiftMonth } from './month'
import { MonthGrid } from './MonthGrid'

export function CalendarPage() {
  return <RequireCharacter>{(character) => <Calendar key={character.id} character={character} />}</RequireCharacter>
}

function Calendar({ character }: { character: Character }) {
  const [month, setMonth] = useState(() => monthOf(new Date()))
  const [open, setOpen] = useState<number | null>(null)
  const [answers, setAnswers] = useState(0)
  const { version } = useLiveVersion(`character.${character.id}.calendar`)
  const { result, reload } = useAsync(
    () => fetchCalendar(character.id, monthStart(month).toISOString()).then((page) => page.events),
    [character.id, month, version, answers],
  )

  return (
    <div className="calendar-layout">
      <Panel
        title={monthName(month)}
        actions={
          <>
            <button type="button" className="button secondary small" onClick={() => setMonth((m) => shiftMonth(m, -1))}>
              ‹ Previous
            </button>
            <button type="button" className="button secondary small" onClick={() => setMonth(monthOf(new Date()))}>
              Today
            </button>
            <button type="button" className="button secondary small" onClick={() => setMonth((m) => shiftMonth(m, 1))}>
              Next ›
            </button>
          </>
        }
      >
        <SyncTimes owner={{ kind: 'characters', id: character.id }} endpoints={{ CALENDAR: 'Calendar' }}
          version={version} />
        <AsyncView result={result} onRetry={reload}>
          {(events) => <MonthGrid month={month} events={events} onOpen={setOpen} />}
        </AsyncView>
      </Panel>
      {open !== null && (
        <EventDetails characterId={character.id} eventId={open} onAnswered={() => setAnswers((n) => n + 1)} />
      )}
    </div>
  )
}
