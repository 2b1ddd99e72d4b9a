import { useState } from 'react'
import { searchTypes, type MarketType } from '../../api/market'
import { EveImage } from '../../components/EveImage'
import { useSearch } from '../../hooks/useSearch'

interface TypeSearchProps {
  id: string
  label: string
  onChoose: (type: MarketType) => void
}

/** Finds market types by the start of their name or by words in it, each listed with its icon and group. */
export function TypeSearch({ id, label, onChoose }: TypeSearchProps) {
  const [text, setText] = useState('')
  const { found, message } = useSearch(text, searchTypes, (query) => `No item on the market is called "${query}".`)

  return (
    <div className="type-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} data-testid={`${id}-input`} type="search" placeholder="e.g. Tritanium" autoComplete="off"
        value={text} onChange={(event) => setText(event.target.value)} />
      {message && <p className="muted" role="status">{message}</p>}
      {found.length > 0 && (
        <ul className="type-results" data-testid={`${id}-results`}>
          {found.map((type) => (
            <li key={type.typeId}>
              <button type="button" className="link-button entity" onClick={() => {
                onChoose(type)
                setText('')
              }}>
                <EveImage kind="type" id={type.typeId} size={24} />
                <span>{type.typeName}</span>
              </button>{' '}
              <span className="muted small">{type.groupName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
