import { useEffect, useRef } from 'react'

interface LoadMoreProps {
  hasMore: boolean
  loading: boolean
  onLoadMore: () => void
}

/** Infinite scroll: loads the next page when this row scrolls into view; the button does it by keyboard. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null)
  const latest = useRef(onLoadMore)
  latest.current = onLoadMore

  useEffect(() => {
    const element = sentinel.current
    if (!element || !hasMore || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current()
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [hasMore])

  if (!hasMore) return null
  return (
    <div ref={sentinel} className="load-more">
      <button type="button" className="button secondary small" onClick={onLoadMore} disabled={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </button>
    </div>
  )
}
