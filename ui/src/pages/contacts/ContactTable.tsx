import type { Contact } from '../../api/contacts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { humanize } from '../../format'

function standingClass(standing: number): string {
  if (standing >= 5) return 'standing excellent'
  if (standing > 0) return 'standing good'
  if (standing <= -5) return 'standing terrible'
  if (standing < 0) return 'standing bad'
  return 'standing neutral'
}

function columns(labelNames: Map<number, string>): Column<Contact>[] {
  return [
    { header: 'Contact', cell: (c) => <EntityName kind={c.type} id={c.contactId} name={c.name} /> },
    { header: 'Type', cell: (c) => humanize(c.type) },
    {
      header: 'Standing',
      numeric: true,
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
  ]
}

interface ContactTableProps {
  contacts: Contact[]
  labelNames: Map<number, string>
  total: number
}

export function ContactTable({ contacts, labelNames, total }: ContactTableProps) {
  return (
    <DataTable columns={columns(labelNames)} rows={contacts} rowKey={(c) => c.contactId} testId="contacts"
      rowTestId="contact-row" caption={total === 1 ? '1 contact' : `${total} contacts`} />
  )
}
