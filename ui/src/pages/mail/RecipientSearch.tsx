import { useId, useState, type KeyboardEvent } from 'react'
import type { Recipient, RecipientType } from '../../api/mail'

/** Someone mail can go to, with the name the search matches. */
export interface RecipientOption extends Recipient {
  name: string
}

interface RecipientSearchProps {
  options: RecipientOption[]
  onPick: (recipient: RecipientOption) => void
}

function matches(options: RecipientOption[], query: string): RecipientOption[] {
  const text = query.trim().toLowerCase()
  if (!text) return []
  const found = options.filter((o) => o.name.toLowerCase().includes(text)).slice(0, 8)
  // Anyone else is reachable by character id.
  if (/^\d+$/.test(text)) found.push({ id: Number(text), type: 'character' as RecipientType, name: `Character #${text}` })
  return found
}

/** A combobox over known recipients (own characters, mailing lists) that also takes a character id. */
export function RecipientSearch({ options, onPick }: RecipientSearchProps) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const found = matches(options, query)

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
          placeholder="Name or character id"
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
