import { useEffect, useState } from 'react'

/** Seconds after ESI's expiry (or a sync's due time) at which the new data is usually stored. */
const SETTLE_MS = 15_000
/** Never ask again sooner than this, whatever the expiry says (a stale or missing snapshot). */
const MIN_WAIT_MS = 60_000

/**
 * A number that goes up once the instant (a snapshot's expiry, a sync's due time) has passed and the new data
 * should be there, so the panels showing the old one load again; then it waits for the next instant it is given.
 */
export function useRefreshAt(iso: string | null | undefined): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!iso) return
    const wait = Math.max(MIN_WAIT_MS, new Date(iso).getTime() + SETTLE_MS - Date.now())
    const timer = setTimeout(() => setVersion((v) => v + 1), wait)
    return () => clearTimeout(timer)
  }, [iso, version])
  return version
}
