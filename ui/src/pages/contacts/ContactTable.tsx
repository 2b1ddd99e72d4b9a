import type { Contact } from '../../api/contacts'

function standingClass(standing: number): string {
  if (standing >= 5) return 'standing excellent'
  if (standing > 0) return 'standing good'
  if (standing <= -5) return 'standing terrible'
  if (standing < 0) return 'standing bad'
  return 'standing neutral'
}

interface ContactTableProps {
  contacts: Contact[]
  labelNames: Map<number, string>
  total: number
}

export function ContactTable({ contacts, labelNames, total }: ContactTableProps) {
  return (
    <>
      <table className="table" data-testid="contacts">
        <caption className="muted">{total} contacts</caption>
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">Standing</th>
            <th scope="col">Labels</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.contactId} data-testid="contact-row">
              <td>#{c.contactId}</td>
              <td>{c.type}</td>
              <td className="num">
                <span className={standingClass(c.standing)}>{c.standing.toFixed(1)}</span>
              </td>
              <td>{c.labels.map((id) => labelNames.get(id) ?? `#${id}`).join(', ') || '—'}</td>
              <td>
                {c.watched && <span className="tag">watched</span>}
                {c.blocked && <span className="tag danger">blocked</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
