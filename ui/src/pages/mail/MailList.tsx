import { fetchMailPage } from '../../api/mail'
import { displayName } from '../../components/EntityName'
import { PagedList } from '../../components/PagedList'
import { formatInstant } from '../../format'
import { usePaged } from '../../hooks/usePaged'

interface MailListProps {
  characterId: number
  label: number | undefined
  version: number
  open: number | null
  /** Mail marked read since the list was loaded. */
  readIds: ReadonlySet<number>
  onOpen: (mailId: number) => void
}

export function MailList({ characterId, label, version, open, readIds, onOpen }: MailListProps) {
  const paged = usePaged(
    (after: string | undefined) =>
      fetchMailPage(characterId, { label }, after).then((page) => ({ items: page.mails, next: page.next })),
    [characterId, label, version],
  )
  return (
    <section className="panel mail-list" aria-label="Mail">
      <PagedList paged={paged} empty="No mail here.">
        {(mails) => (
          <ul className="mail-headers">
            {mails.map((mail) => (
              <li key={mail.mailId}>
                <button
                  type="button"
                  className={`mail-header ${mail.read || readIds.has(mail.mailId) ? '' : 'unread'}`}
                  aria-current={open === mail.mailId}
                  onClick={() => onOpen(mail.mailId)}
                  data-testid="mail-header"
                >
                  <span className="mail-subject">{mail.subject || '(no subject)'}</span>
                  <span className="muted small">
                    from {displayName('character', mail.fromName)} · {formatInstant(mail.timestamp)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  )
}
