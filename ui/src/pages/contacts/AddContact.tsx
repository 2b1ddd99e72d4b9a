import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { addContacts } from '../../api/contacts'
import { findByName } from '../../api/universe'
import { ErrorBanner } from '../../components/ErrorBanner'
import { STANDINGS } from './standings'

const CONTACTABLE = new Set(['character', 'corporation', 'alliance', 'faction'])

/** Adds a pilot, corporation, alliance or faction by its exact name, with a standing and the watch flag. */
export function AddContact({ characterId, onAdded }: { characterId: number; onAdded: () => void }) {
  const [name, setName] = useState('')
  const [standing, setStanding] = useState(5)
  const [watched, setWatched] = useState(false)
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setState({ busy: true })
    try {
      const found = (await findByName(name.trim())).find((r) => CONTACTABLE.has(r.category))
      if (!found) {
        setState({ busy: false, error: `Nobody in EVE is called "${name.trim()}".` })
        return
      }
      await addContacts(characterId, { contactIds: [found.id], standing, watched })
      setState({ busy: false, done: `${found.name} added.` })
      setName('')
      onAdded()
    } catch (failure) {
      setState({ busy: false, error: errorMessage(failure) })
    }
  }

  return (
    <form className="filters" aria-label="Add contact" onSubmit={(e) => void submit(e)}>
      <label className="inline">
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required minLength={3} maxLength={100}
          placeholder="Exact pilot or corporation name" />
      </label>
      <label className="inline">
        Standing
        <select value={standing} onChange={(e) => setStanding(Number(e.target.value))}>
          {STANDINGS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={watched} onChange={(e) => setWatched(e.target.checked)} /> Watch
      </label>
      <button type="submit" className="button primary small" disabled={state.busy}>Add contact</button>
      {state.error && <ErrorBanner message={state.error} />}
      {state.done && <span className="success" role="status">{state.done}</span>}
    </form>
  )
}
