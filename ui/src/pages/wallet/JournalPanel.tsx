import { useState } from 'react'
import { fetchJournal, type JournalFilter } from '../../api/wallet'
import { PagedList } from '../../components/PagedList'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { usePaged } from '../../hooks/usePaged'
import { JournalFilters } from './JournalFilters'
import { JournalTable } from './JournalTable'

export function JournalPanel({ characterId, version }: { characterId: number; version: number }) {
  const [filter, setFilter] = useState<JournalFilter>({})
  const paged = usePaged(
    (before: number | undefined) =>
      fetchJournal(characterId, filter, before).then((page) => ({ items: page.entries, next: page.older })),
    [characterId, filter, version],
  )
  return (
    <Panel title="Journal">
      <SyncTimes owner={{ kind: 'characters', id: characterId }} endpoints={{ WALLET_JOURNAL: 'Journal' }}
        version={version} />
      <JournalFilters onApply={setFilter} />
      <PagedList paged={paged} empty="No journal entries match.">
        {(entries) => <JournalTable entries={entries} />}
      </PagedList>
    </Panel>
  )
}
