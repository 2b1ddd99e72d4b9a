import { useLiveStatus } from '../live/LiveContext'

const LABELS = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  unauthorized: 'Live updates refused',
  stopped: 'Offline',
} as const

/** Shows whether live updates are flowing. */
export function LiveIndicator() {
  const status = useLiveStatus()
  return (
    <span className={`live live-${status}`} role="status" data-testid="live-status">
      <span className="live-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  )
}
