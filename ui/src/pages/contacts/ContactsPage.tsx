import { useState } from 'react'
import type { Character } from '../../api/types'
import { errorMessage } from '../../api/client'
import {
  deleteContacts, editContacts, fetchContactLabels, fetchContacts, type Contact, type ContactFilter,
} from '../../api/contacts'
import { AsyncView } from '../../components/AsyncView'
import { displayName } from '../../components/EntityName'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { SelectFilter } from '../../components/SelectFilter'
import { SyncTimes } from '../../components/SyncTimes'
import { RequireCharacter } from '../../character/RequireCharacter'
import { useAsync } from '../../hooks/useAsync'
import { AddContact } from './AddContact'
import { ContactTable } from './ContactTable'

const TYPES = ['character', 'corporation', 'alliance', 'faction']
const SORTS = [
  { value: '-standing', label: 'Standing, best first' },
  { value: 'standing', label: 'Standing, worst first' },
  { value: 'contactId', label: 'Oldest first' },
]

export function ContactsPage() {
  return <RequireCharacter>{(character) => <Contacts key={character.id} character={character} />}</RequireCharacter>
}

function Contacts({ character }: { character: Character }) {
  const [filter, setFilter] = useState<ContactFilter>({ sort: '-standing' })
  const contacts = useAsync(() => fetchContacts(character.id, filter), [character.id, filter])
  const labels = useAsync(() => fetchContactLabels(character.id).then((l) => l.labels, () => []), [character.id])
  const labelNames = new Map((labels.result.state === 'ready' ? labels.result.data : []).map((l) => [l.labelId, l.name]))
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [failure, setFailure] = useState<string | null>(null)

  async function change(work: () => Promise<void>) {
    try {
      await work()
      setFailure(null)
      setSelected(new Set())
      contacts.reload()
    } catch (error) {
      setFailure(errorMessage(error))
    }
  }

  const actions = {
    selected,
    onToggle: (id: number) => setSelected((ids) => {
      const next = new Set(ids)
      if (!next.delete(id)) next.add(id)
      return next
    }),
    onStanding: (contact: Contact, standing: number) => void change(() => editContacts(character.id, {
      contactIds: [contact.contactId], standing, labels: contact.labels, watched: contact.watched ?? undefined,
    })),
    onRemove: (contact: Contact) => {
      if (window.confirm(`Remove ${displayName(contact.type, contact.name)} from your contacts in EVE?`)) {
        void change(() => deleteContacts(character.id, [contact.contactId]))
      }
    },
  }

  return (
    <Panel title="Contacts">
      <SyncTimes owner={{ kind: 'characters', id: character.id }} endpoints={{ CONTACTS: 'Contacts' }} />
      <div className="filters" role="group" aria-label="Contact filters">
        <SelectFilter label="Type" value={filter.type} anyLabel="All types"
          options={TYPES.map((t) => ({ value: t, label: t }))}
          onChange={(type) => setFilter((f) => ({ ...f, type }))} />
        <SelectFilter label="Sort" value={filter.sort} options={SORTS}
          onChange={(sort) => setFilter((f) => ({ ...f, sort }))} />
        {selected.size > 0 && (
          <button type="button" className="button secondary small" onClick={() => {
            if (window.confirm(`Remove ${selected.size} contacts in EVE?`)) {
              void change(() => deleteContacts(character.id, [...selected].slice(0, 20)))
            }
          }}>
            Remove {selected.size} selected
          </button>
        )}
      </div>
      <AddContact characterId={character.id} onAdded={contacts.reload} />
      {failure && <ErrorBanner message={failure} />}
      <AsyncView result={contacts.result} isEmpty={(page) => page.contacts.length === 0}
        empty="No contacts: none in EVE yet, or the first sync is still running." onRetry={contacts.reload}>
        {(page) => <ContactTable contacts={page.contacts} labelNames={labelNames} total={page.total} actions={actions} />}
      </AsyncView>
    </Panel>
  )
}
