import { useEffect, useState, type MouseEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { errorMessage } from '../../api/client'
import { deleteMail, fetchMail, markRead, type Recipient } from '../../api/mail'
import { AsyncView } from '../../components/AsyncView'
import { EntityName, displayName } from '../../components/EntityName'
import { ErrorBanner } from '../../components/ErrorBanner'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'

interface MailReaderProps {
  characterId: number
  mailId: number | null
  onRead: (mailId: number) => void
  onDeleted: (mailId: number) => void
}

/** Links of the body into EVESeat (showinfo) stay in the app instead of loading it again. */
function followInAppLink(event: MouseEvent<HTMLDivElement>, navigate: (to: string) => void) {
  const link = (event.target as HTMLElement).closest('a')
  const href = link?.getAttribute('href')
  if (href?.startsWith('/') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault()
    navigate(href)
  }
}

function recipientName(recipient: Recipient): string {
  return displayName(recipient.type, recipient.name)
}

/** The open mail; an unread one is marked read in EVE once shown. It can be deleted in EVE from here. */
export function MailReader({ characterId, mailId, onRead, onDeleted }: MailReaderProps) {
  const { result, reload } = useAsync(
    () => (mailId === null ? Promise.resolve(null) : fetchMail(characterId, mailId)),
    [characterId, mailId],
  )
  const [failure, setFailure] = useState<string | null>(null)
  const navigate = useNavigate()
  const unread = result.state === 'ready' && result.data !== null && !result.data.read

  useEffect(() => {
    if (unread && mailId !== null) void markRead(characterId, mailId).then(() => onRead(mailId), () => undefined)
  }, [unread, characterId, mailId, onRead])

  async function remove(id: number) {
    if (!window.confirm('Delete this mail in EVE?')) return
    try {
      await deleteMail(characterId, id)
      setFailure(null)
      onDeleted(id)
    } catch (error) {
      setFailure(errorMessage(error))
    }
  }

  return (
    <article className="panel mail-reader" aria-label="Open mail" data-testid="mail-reader">
      <AsyncView result={result} isEmpty={(mail) => mail === null} empty="Choose a mail to read it." onRetry={reload}>
        {(mail) =>
          mail && (
            <>
              <div className="mail-reader-head">
                <h2>{mail.subject || '(no subject)'}</h2>
                <Link className="small" to={`/mail/${mail.mailId}`}>Link to this mail</Link>
                <button type="button" className="secondary" onClick={() => void remove(mail.mailId)}>Delete</button>
              </div>
              {failure && <ErrorBanner message={failure} />}
              <p className="muted small mail-meta">
                From <EntityName kind="character" id={mail.from} name={mail.fromName} size={20} /> ·{' '}
                {formatInstant(mail.timestamp)} · to {mail.recipients.map(recipientName).join(', ')}
              </p>
              {/* The API serves bodies sanitized to EVE's formatting tags; nothing else reaches the page. */}
              <div className="mail-body" data-testid="mail-body" dangerouslySetInnerHTML={{ __html: mail.body }}
                onClick={(event) => followInAppLink(event, navigate)} />
            </>
          )
        }
      </AsyncView>
    </article>
  )
}
