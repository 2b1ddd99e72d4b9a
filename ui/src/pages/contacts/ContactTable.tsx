import type { Contact } from '../../api/contacts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName, displayName } from '../../components/EntityName'
import { humanize } from '../../format'
import { STANDINGS } from './standings'

function standingClass(standing: number): string {
  if (standing >= 5) return 'standing excellent'
  if (standing > 0) return 'standing good'
  if (standing <= -5) return 'standing terrible'
  if (standing < 0) return 'standing bad'
  return 'standing neutral'
}

/** What can be done to a contact from its row. */
export interface ContactActions {
  selected: ReadonlySet<number>
  onToggle: (contactId: number) => void
  onStanding: (contact: Contact, standing: number) => void
  onRemove: (contact: Contact) => void
}

function columns(labelNames: Map<number, string>, actions: ContactActions): Column<Contact>[] {
  return [
    {
      header: 'Select',
      cell: (c) => (
        <input type="checkbox" checked={actions.selected.has(c.contactId)} onChange={() => actions.onToggle(c.contactId)}
          aria-label={`Select ${displayName(c.type, c.name)}`} />
      ),
    },
    { header: 'Contact', sort: (c) => c.name ?? null, cell: (c) => <EntityName kind={c.type} id={c.contactId} name={c.name} /> },
    { header: 'Type', sort: (c) => c.type, cell: (c) => humanize(c.type) },
    {
      header: 'Standing',
      numeric: true,
      sort: (c) => c.standing,
      cell: (c) => <span className={standingClass(c.standing)}>{c.standing.toFixed(1)}</span>,
    },
    { header: 'Labels', cell: (c) => c.labels.map((id) => labelNames.get(id) ?? 'unnamed label').join(', ') || '—' },
    {
      header: 'Flags',
      cell: (c) => (
        <>
          {c.watched && <span className="tag">watched</span>}
          {c.blocked && <span className="tag danger">blocked</span>}
        </>
      ),
    },
    {
      header: 'Change',
      cell: (c) => (
        <span className="row-actions">
          <select aria-label={`Standing of ${displayName(c.type, c.name)}`} value=""
            onChange={(e) => actions.onStanding(c, Number(e.target.value))}>
            <option value="" disabled>Set standing…</option>
            {STANDINGS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
          <button type="button" className="button secondary small" onClick={() => actions.onRemove(c)}
            aria-label={`Remove ${displayName(c.type, c.name)}`}>
            Remove
          </button>
        </span>
      ),
    },
  ]
}

interface ContactTableProps {
  contacts: Contact[]
  labelNames: Map<number, string>
  total: number
  actions: ContactActions
}

export function ContactTable({ contacts, labelNames, total, actions }: ContactTableProps) {
  return (
    <DataTable columns={columns(labelNames, actions)} rows={contacts} rowKey={(c) => c.contactId} testId="contacts"
      rowTestId="contact-row" caption={total === 1 ? '1 contact' : `${total} contacts`} />
  )
}
