import { useEffect } from 'react'
import { fetchMail, markRead } from '../../api/mail'
import { useNameOf } from '../../character/CharacterContext'
import { AsyncView } from '../../components/AsyncView'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'

interface MailReaderProps {
  characterId: number
  mailId: number | null
  onRead: (mailId: number) => void
}

/** The open mail; an unread one is marked read in EVE once shown. */
export function MailReader({ characterId, mailId, onRead }: MailReaderProps) {
  const { result, reload } = useAsync(
    () => (mailId === null ? Promise.resolve(null) : fetchMail(characterId, mailId)),
    [characterId, mailId],
  )
  const nameOf = useNameOf()
  const unread = result.state === 'ready' && result.data !== null && !result.data.read

  useEffect(() => {
    if (unread && mailId !== null) void markRead(characterId, mailId).then(() => onRead(mailId), () => undefined)
  }, [unread, characterId, mailId, onRead])

  return (
    <article className="panel mail-reader" aria-label="Open mail" data-testid="mail-reader">
      <AsyncView result={result} isEmpty={(mail) => mail === null} empty="Choose a mail to read it." onRetry={reload}>
        {(mail) =>
          mail && (
            <>
              <h2>{mail.subject || '(no subject)'}</h2>
              <p className="muted small">
                From {nameOf(mail.from)} · {formatInstant(mail.timestamp)} · to{' '}
                {mail.recipients.map((r) => nameOf(r.id)).join(', ')}
              </p>
              {/* The API serves bodies sanitized to EVE's formatting tags; nothing else reaches the page. */}
              <div className="mail-body" data-testid="mail-body" dangerouslySetInnerHTML={{ __html: mail.body }} />
            </>
          )
        }
      </AsyncView>
    </article>
  )
}
