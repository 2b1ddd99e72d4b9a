import type { PilotLocation } from '../../api/characters'
import { LOGIN_PATH } from '../../api/client'
import { EntityName } from '../../components/EntityName'
import { pilotNotes } from './pilots'
import { SecurityBadge } from './SecurityBadge'

interface PilotsPanelProps {
  pilots: PilotLocation[]
  onMap: (systemId: number) => boolean
  onFocus: (systemId: number) => void
  onRefresh: () => void
}

/** The user's own characters: where each is (click to find it on the map), or why the map cannot show it. */
export function PilotsPanel({ pilots, onMap, onFocus, onRefresh }: PilotsPanelProps) {
  const notes = new Map(pilotNotes(pilots, onMap).map((note) => [note.characterId, note]))
  if (pilots.length === 0) {
    return <p className="muted" data-testid="pilots-empty">No characters are linked to your account.</p>
  }
  return (
    <div className="map-pilots">
      <ul className="map-legend" data-testid="pilot-list">
        {pilots.map((pilot) => {
          const note = notes.get(pilot.characterId)
          const where = pilot.location.state === 'ok' && !note ? pilot.location.value : null
          return (
            <li key={pilot.characterId}>
              <EntityName kind="character" id={pilot.characterId} name={pilot.name} size={20} />{' '}
              {where && (
                <button type="button" className="link-button" data-testid="pilot-system"
                  onClick={() => onFocus(where.systemId)}>
                  {where.security !== null && <SecurityBadge security={where.security} />} {where.systemName}
                </button>
              )}
              {note?.why === 'notGranted' && (
                <span className="muted" data-testid="pilot-not-granted">
                  Location not shared: grant <code>{note.detail}</code> (<a href={LOGIN_PATH}>log in again</a>)
                </span>
              )}
              {note?.why === 'unavailable' && (
                <span className="muted" title={note.detail}>Location not available right now</span>
              )}
              {note?.why === 'offMap' && <span className="muted">in {note.detail}, off the map</span>}
            </li>
          )
        })}
      </ul>
      <button type="button" className="button secondary small" onClick={onRefresh}>Refresh locations</button>
    </div>
  )
}
