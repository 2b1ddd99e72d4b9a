import { useState } from 'react'
import { searchSystems, type SystemRef } from '../../api/universe'
import { useSearch } from '../../hooks/useSearch'
import { SecurityBadge } from './SecurityBadge'

/** Finds systems by name prefix on the server and hands the chosen one to the map to focus. */
export function SystemSearch({ onFound }: { onFound: (system: SystemRef) => void }) {
  const [text, setText] = useState('')
  const { found, message } = useSearch(text, searchSystems, (prefix) => `No system starts with "${prefix}".`)

  return (
    <div className="map-search">
      <label htmlFor="map-search-input">Find a system</label>
      <input
        id="map-search-input"
        data-testid="map-search"
        type="search"
        placeholder="e.g. Jita"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {message && <p className="muted">{message}</p>}
      {found.length > 0 && (
        <ul className="map-search-results" data-testid="map-search-results">
          {found.map((system) => (
            <li key={system.id}>
              <button type="button" className="link-button" onClick={() => {
                onFound(system)
                setText('')
              }}>
                {system.name}
              </button>{' '}
              <SecurityBadge security={system.security} /> <span className="muted">{system.regionName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
