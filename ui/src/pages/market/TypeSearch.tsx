import { useEffect, useState } from 'react'
import { errorMessage } from '../../api/client'
import { searchTypes, type MarketType } from '../../api/market'
import { EveImage } from '../../components/EveImage'

interface TypeSearchProps {
  id: string
  label: string
  onChoose: (type: MarketType) => void
}

/** Finds market types by the start of their name or by words in it, each listed with its icon and group. */
export function TypeSearch({ id, label, onChoose }: TypeSearchProps) {
  const [text, setText] = useState('')
  const [found, setFound] = useState<MarketType[]>([])
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    const query = text.trim()
    if (query.length < 2) {
      setFound([])
      setMessage(null)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      searchTypes(query).then(
        (types) => {
          if (!current) return
          setFound(types)
          setMessage(types.length === 0 ? `No item on the market is called "${query}".` : null)
        },
        (error: unknown) => current && setMessage(errorMessage(error)),
      )
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text])

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
