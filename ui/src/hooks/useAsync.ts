import { useCallback, useEffect, useState, type DependencyList } from 'react'
import { errorMessage } from '../api/client'

export type Async<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; data: T }

/**
 * Runs the loader when its dependencies change and keeps its outcome; a late answer of an older run is dropped.
 * `reload` runs it again; `update` changes the loaded data in place (e.g. after a live event).
 */
export function useAsync<T>(loader: () => Promise<T>, deps: DependencyList) {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' })
  const [run, setRun] = useState(0)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(loader, deps)

  useEffect(() => {
    let current = true
    setResult({ state: 'loading' })
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (failure: unknown) => current && setResult({ state: 'error', message: errorMessage(failure) }),
    )
    return () => {
      current = false
    }
  }, [load, run])

  const reload = useCallback(() => setRun((n) => n + 1), [])
  const update = useCallback(
    (change: (data: T) => T) => setResult((r) => (r.state === 'ready' ? { state: 'ready', data: change(r.data) } : r)),
    [],
  )
  return { result, reload, update }
}
