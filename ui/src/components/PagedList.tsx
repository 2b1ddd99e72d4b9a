import type { ReactNode } from 'react'
import { firstPage } from '../hooks/usePaged'
import { AsyncView } from './AsyncView'
import { ErrorBanner } from './ErrorBanner'
import { LoadMore } from './LoadMore'

interface PagedListProps<T> {
  paged: {
    items: T[]
    loading: boolean
    error: string | null
    hasMore: boolean
    loadMore: () => void
    reload: () => void
  }
  empty: ReactNode
  children: (items: T[]) => ReactNode
}

/** A keyset-paged list with its loading, error and empty states and infinite scroll. */
export function PagedList<T>({ paged, empty, children }: PagedListProps<T>) {
  return (
    <AsyncView result={firstPage(paged)} isEmpty={(items) => items.length === 0} empty={empty} onRetry={paged.reload}>
      {(items) => (
        <>
          {children(items)}
          {paged.error && <ErrorBanner message={paged.error} />}
          <LoadMore hasMore={paged.hasMore} loading={paged.loading} onLoadMore={paged.loadMore} />
        </>
      )}
    </AsyncView>
  )
}
