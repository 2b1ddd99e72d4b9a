import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { errorMessage } from '../api/client'
import type { Async } from './useAsync'

export interface Page<T, C> {
  items: T[]
  /** Cursor of the next page; null when this was the last. */
  next: C | null
}

/**
 * A list read page by page with keyset cursors: the first page when the dependencies change, further pages on
 * `loadMore` (ignored while one is loading or after the last). Answers of superseded runs are dropped.
 */
export function usePaged<T, C>(loadPage: (cursor: C | undefined) => Promise<Page<T, C>>, deps: DependencyList) {
  const [items, setItems] = useState<T[]>([])
  const [next, setNext] = useState<C | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const generation = useRef(0)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(loadPage, deps)

  const fetchPage = useCallback(
    (cursor: C | undefined, run: number) => {
      setLoading(true)
      load(cursor).then(
        (page) => {
          if (run !== generation.current) return
          setItems((before) => (cursor === undefined ? page.items : [...before, ...page.items]))
          setNext(page.next)
          setError(null)
          setLoading(false)
        },
        (failure: unknown) => {
          if (run !== generation.current) return
          setError(errorMessage(failure))
          setLoading(false)
        },
      )
    },
    [load],
  )

  const reload = useCallback(() => {
    generation.current += 1
    fetchPage(undefined, generation.current)
  }, [fetchPage])

  useEffect(reload, [reload])

  const loadMore = useCallback(() => {
    if (!loading && next !== null) fetchPage(next, generation.current)
  }, [fetchPage, loading, next])

  return { items, loading, error, hasMore: next !== null, loadMore, reload }
}

/** The first page's state as an Async, for AsyncView; later pages' errors show next to the list. */
export function firstPage<T>(paged: { items: T[]; loading: boolean; error: string | null }): Async<T[]> {
  if (paged.items.length === 0 && paged.loading) return { state: 'loading' }
  if (paged.items.length === 0 && paged.error) return { state: 'error', message: paged.error }
  return { state: 'ready', data: paged.items }
}
