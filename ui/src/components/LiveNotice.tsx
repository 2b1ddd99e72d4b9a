import type { LiveEvent } from '../live/LiveSocket'
import { formatInstant } from '../format'

/** Says what the last live event changed, politely for screen readers. */
export function LiveNotice({ event, describe }: { event: LiveEvent | null; describe: (event: LiveEvent) => string }) {
  if (!event) return null
  return (
    <p className="live-notice" role="status" aria-live="polite" data-testid="live-notice">
      {describe(event)} <span className="muted">({formatInstant(event.timestamp)})</span>
    </p>
  )
}
