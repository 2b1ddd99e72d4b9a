import { useState } from 'react'
import type { Character } from '../../api/types'
import { fetchContactLabels, fetchContacts, type ContactFilter } from '../../api/contacts'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { SelectFilter } from '../../components/SelectFilter'
import { RequireCharacter } from '../../character/RequireCharacter'
import { useAsync } from '../../hooks/useAsync'
import { ContactTable } from './ContactTable'

const TYPES = ['character', 'corporation', 'alliance', 'faction']
const SORTS = [
  { value: '-standing', label: 'Standing, best first' },
  { value: 'standing', label: 'Standing, worst first' },
  { value: 'contactId', label: 'Id' },
]

export function ContactsPage() {
  return <RequireCharacter>{(character) => <Contacts key={character.id} character={character} />}</RequireCharacter>
}

function Contacts({ character }: { character: Character }) {
  const [filter, setFilter] = useState<ContactFilter>({ sort: '-standing' })
  const contacts = useAsync(() => fetchContacts(character.id, filter), [character.id, filter])
  const labels = useAsync(() => fetchContactLabels(character.id).then((l) => l.labels, () => []), [character.id])
  const labelNames = new Map((labels.result.state === 'ready' ? labels.result.data : []).map((l) => [l.labelId, l.name]))

  return (
    <Panel title="Contacts">
      <div className="filters" role="group" aria-label="Contact filters">
        <SelectFilter label="Type" value={filter.type} anyLabel="All types"
          options={TYPES.map((t) => ({ value: t, label: t }))}
          onChange={(type) => setFilter((f) => ({ ...f, type }))} />
        <SelectFilter label="Sort" value={filter.sort} options={SORTS}
          onChange={(sort) => setFilter((f) => ({ ...f, sort }))} />
      </div>
      <AsyncView result={contacts.result} isEmpty={(page) => page.contacts.length === 0}
        empty="No contacts." onRetry={contacts.reload}>
        {(page) => <ContactTable contacts={page.contacts} labelNames={labelNames} total={page.total} />}
      </AsyncView>
    </Panel>
  )
}
