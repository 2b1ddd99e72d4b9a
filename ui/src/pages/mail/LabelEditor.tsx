import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { createMailLabel } from '../../api/mail'
import { ErrorBanner } from '../../components/ErrorBanner'

/** Creates a mail label in EVE. */
export function NewLabel({ characterId, onCreated }: { characterId: number; onCreated: () => void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await createMailLabel(characterId, name.trim())
      setName('')
      setError(null)
      onCreated()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <form className="new-label" aria-label="New label" onSubmit={(e) => void submit(e)}>
      <label className="visually-hidden" htmlFor="new-label-name">Label name</label>
      <input id="new-label-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={40}
        placeholder="New label" />
      <button type="submit" className="button secondary small">Add</button>
      {error && <ErrorBanner message={error} />}
    </form>
  )
}
