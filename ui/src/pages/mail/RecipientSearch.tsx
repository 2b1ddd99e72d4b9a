import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import type { Recipient, RecipientType } from '../../api/mail'
import { findByName } from '../../api/universe'

/** Someone mail can go to, with the name the search matches. */
export interface RecipientOption extends Recipient {
  name: string
}

interface RecipientSearchProps {
  options: RecipientOption[]
  onPick: (recipient: RecipientOption) => void
}

const MAILABLE = new Set(['character', 'corporation', 'alliance'])

function matches(options: RecipientOption[], query: string): RecipientOption[] {
  const text = query.trim().toLowerCase()
  if (!text) return []
  return options.filter((o) => o.name.toLowerCase().includes(text)).slice(0, 8)
}

/** Any pilot, corporation or alliance whose exact name was typed, looked up once typing pauses. */
function useExactName(query: string): RecipientOption[] {
  const [found, setFound] = useState<{ query: string; options: RecipientOption[] }>({ query: '', options: [] })
  const text = query.trim()
  useEffect(() => {
    if (text.length < 3) return
    let current = true
    const timer = setTimeout(() => {
      findByName(text).then(
        (results) => current && setFound({ query: text, options: results.filter((r) => MAILABLE.has(r.category))
          .map((r) => ({ id: r.id, type: r.category as RecipientType, name: r.name })) }),
        () => undefined,
      )
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text])
  return found.query === text ? found.options : []
}

/** A combobox over known recipients (own characters, mailing lists) and anyone in EVE by exact name. */
export function RecipientSearch({ options, onPick }: RecipientSearchProps) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const local = matches(options, query)
  const exact = useExactName(query).filter((o) => !local.some((l) => l.id === o.id))
  const found = [...local, ...exact]

  function pick(option: RecipientOption) {
    onPick(option)
    setQuery('')
    setActive(0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, found.length - 1))
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
    else if (event.key === 'Enter' && found[active]) pick(found[active])
    else if (event.key === 'Escape') setQuery('')
    else return
    event.preventDefault()
  }

  return (
    <div className="combobox">
      <label>
        Add recipient
        <input
          role="combobox"
          aria-expanded={found.length > 0}
          aria-controls={listId}
          aria-activedescendant={found[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder="Pilot, corporation or alliance name"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
          data-testid="recipient-search"
        />
      </label>
      {found.length > 0 && (
        <ul role="listbox" id={listId} className="combobox-options">
          {found.map((option, index) => (
            <li
              key={`${option.type}-${option.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(option)
              }}
            >
              {option.name} <span className="muted small">{option.type.replace('_', ' ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
