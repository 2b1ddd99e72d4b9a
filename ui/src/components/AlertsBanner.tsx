import { useCallback, useState } from 'react'
import { useCharacters } from '../character/CharacterContext'
import { formatInstant } from '../format'
import { useLiveTopic } from '../live/LiveContext'
import type { LiveEvent } from '../live/LiveSocket'

interface Alert {
  id: number
  text: string
}

const SHOWN = 5

/** What each own character's alerts topic pushes (a lost login, contracts about to expire), until dismissed. */
export function AlertsBanner() {
  const { me } = useCharacters()
  const [alerts, setAlerts] = useState<Alert[]>([])
  const add = useCallback((event: LiveEvent, name: string) => {
    const text = describeAlert(event, name)
    if (!text) return
    setAlerts((shown) => (shown.some((a) => a.id === event.id) ? shown : [...shown, { id: event.id, text }].slice(-SHOWN)))
  }, [])
  return (
    <>
      {me.characters.map((character) => (
        <CharacterAlerts key={character.id} characterId={character.id} name={character.name} onAlert={add} />
      ))}
      {alerts.length > 0 && (
        <ul className="alerts" aria-label="Alerts">
          {alerts.map((alert) => (
            <li key={alert.id} role="alert">
              {alert.text}{' '}
              <button type="button" aria-label="Dismiss" onClick={() => setAlerts((shown) => shown.filter((a) => a.id !== alert.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function CharacterAlerts({ characterId, name, onAlert }: {
  characterId: number
  name: string
  onAlert: (event: LiveEvent, name: string) => void
}) {
  useLiveTopic(`character.${characterId}.alerts`, (event) => onAlert(event, name))
  return null
}

interface ExpiringContract {
  title?: string | null
  dateExpired: string
}

export function describeAlert(event: LiveEvent, name: string): string | null {
  if (event.type === 'token.invalid') {
    return `${name}: EVE SSO no longer accepts this character's login; log in with it again.`
  }
  if (event.type === 'contract.expiring') {
    const contracts = (event.payload.contracts ?? []) as ExpiringContract[]
    const what = contracts.length === 1 ? 'a contract expires' : `${contracts.length} contracts expire`
    return `${name}: ${what} within a day: ${contracts
      .map((c) => `${c.title || 'untitled'} (${formatInstant(c.dateExpired)})`)
      .join(', ')}`
  }
  return null
}
