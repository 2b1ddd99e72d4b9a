import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { fetchMailingLists, sendMail } from '../../api/mail'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useCharacters } from '../../character/CharacterContext'
import { useAsync } from '../../hooks/useAsync'
import { RecipientSearch, type RecipientOption } from './RecipientSearch'

/** Writes and sends a mail in EVE; recipients are found by name among own characters and mailing lists. */
export function ComposeMail({ characterId, onClose }: { characterId: number; onClose: () => void }) {
  const { me } = useCharacters()
  const lists = useAsync(() => fetchMailingLists(characterId).then((l) => l.mailingLists, () => []), [characterId])
  const [recipients, setRecipients] = useState<RecipientOption[]>([])
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [status, setStatus] = useState<{ sending: boolean; error?: string; sentId?: number }>({ sending: false })

  const options: RecipientOption[] = [
    ...me.characters.map((c) => ({ id: c.id, type: 'character' as const, name: c.name })),
    ...(lists.result.state === 'ready' ? lists.result.data : []).map((l) => ({
      id: l.mailingListId,
      type: 'mailing_list' as const,
      name: l.name,
    })),
  ]

  async function submit(event: FormEvent) {
    event.preventDefault()
    setStatus({ sending: true })
    try {
      const sent = await sendMail(characterId, { recipients: recipients.map(({ id, type }) => ({ id, type })), subject, body })
      setStatus({ sending: false, sentId: sent.mailId })
      setRecipients([])
      setSubject('')
      setBody('')
    } catch (failure) {
      setStatus({ sending: false, error: errorMessage(failure) })
    }
  }

  const add = (r: RecipientOption) =>
    setRecipients((all) => (all.some((x) => x.id === r.id && x.type === r.type) ? all : [...all, r]))

  return (
    <form className="panel compose" onSubmit={submit} aria-label="New mail" data-testid="compose-form">
      <h2>New mail</h2>
      {status.error && <ErrorBanner message={status.error} />}
      {status.sentId !== undefined && (
        <p className="success" role="status" data-testid="mail-sent">
          Mail sent.
        </p>
      )}
      <ul className="chips" aria-label="Recipients">
        {recipients.map((r) => (
          <li key={`${r.type}-${r.id}`} className="chip">
            {r.name}
            <button type="button" aria-label={`Remove ${r.name}`}
              onClick={() => setRecipients((all) => all.filter((x) => x !== r))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <RecipientSearch options={options} onPick={add} />
      <label>
        Subject
        <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={1000} required name="subject" />
      </label>
      <label>
        Message
        <textarea value={body} onChange={(e) => setBody(e.target.value)} maxLength={10000} rows={8} required name="body" />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={status.sending || recipients.length === 0}>
          {status.sending ? 'Sending…' : 'Send'}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  )
}
