import { useState } from 'react'
import { fetchJournal, type JournalFilter, type JournalSource } from '../../api/wallet'
import { PagedList } from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { JournalFilters } from './JournalFilters'
import { JournalTable } from './JournalTable'

interface JournalListProps {
  source: JournalSource
  version: number
  testId?: string
}

/** A journal with its filters, page by page: a character's or a corporation division's. */
export function JournalList({ source, version, testId }: JournalListProps) {
  const [filter, setFilter] = useState<JournalFilter>({})
  const paged = usePaged(
    (before: number | undefined) =>
      fetchJournal(source, filter, before).then((page) => ({ items: page.entries, next: page.older })),
    [source.owner.kind, source.owner.id, source.division, filter, version],
  )
  return (
    <>
      <JournalFilters onApply={setFilter} />
      <PagedList paged={paged} empty="No journal entries match.">
        {(entries) => <JournalTable entries={entries} testId={testId} />}
      </PagedList>
    </>
  )
}
