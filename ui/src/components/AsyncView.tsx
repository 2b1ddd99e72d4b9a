import type { ReactNode } from 'react'
import type { Async } from '../hooks/useAsync'
import { ErrorBanner } from './ErrorBanner'

interface AsyncViewProps<T> {
  result: Async<T>
  /** True when the loaded data has nothing to show. */
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  onRetry?: () => void
  children: (data: T) => ReactNode
}

/** The loading, error and empty states every panel shares, around what it shows once loaded. */
export function AsyncView<T>({ result, isEmpty, empty, onRetry, children }: AsyncViewProps<T>) {
  if (result.state === 'loading') {
    return (
      <p className="muted" role="status" data-testid="loading">
        Loading…
      </p>
    )
  }
  if (result.state === 'error') {
    return (
      <div>
        <ErrorBanner message={result.message} />
        {onRetry && (
          <button type="button" className="button secondary small" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    )
  }
  if (isEmpty?.(result.data)) {
    return (
      <p className="muted empty" data-testid="empty">
        {empty ?? 'Nothing here yet.'}
      </p>
    )
  }
  return <>{children(result.data)}</>
}
