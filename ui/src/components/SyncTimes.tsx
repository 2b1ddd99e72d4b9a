import { useEffect, useState } from 'react'
import { fetchSyncTimes, type SyncTimes as Times } from '../api/sync'
import type { Owner } from '../api/types'
import { formatInstant } from '../format'
import { useAsync } from '../hooks/useAsync'
import { useRefreshAt } from '../hooks/useRefreshAt'

interface SyncTimesProps {
  owner: Owner
  /** The endpoints whose data the screen shows, each with what the line calls it, e.g. { MAIL: 'Mail' }. */
  endpoints: Record<string, string>
  /** Goes up when the server pushed a change of this data: the times are read again. */
  version?: number
}

function lastRun(status: string | null): string {
  if (status === 'FAILED') return ' (the last run failed)'
  if (status === 'DEFERRED') return ' (ESI asked us to wait)'
  return ''
}

/** One endpoint's line: when its data was stored, when the next sync is due, or why it is not synced. */
function line(label: string, times: Times | undefined): string {
  if (!times || !times.planned) return `${label} not synced: its scope or roles are not granted.`
  const next = times.nextDue === null ? '' : ` · next sync ${formatInstant(times.nextDue)}`
  const last = times.lastSuccess === null ? 'first sync pending' : `synced ${formatInstant(times.lastSuccess)}`
  return `${label} ${last}${lastRun(times.lastStatus)}${next}`
}

function earliest(times: Times[]): string | null {
  const due = times.flatMap((t) => (t.nextDue === null ? [] : [t.nextDue])).sort()
  return due[0] ?? null
}

/**
 * "Last synced at" and "next sync at" of the data a screen shows, read from the server's schedule; read again when
 * the data changes live and once the next sync is due, showing the times read last meanwhile.
 */
export function SyncTimes({ owner, endpoints, version = 0 }: SyncTimesProps) {
  const { result, reload } = useAsync(() => fetchSyncTimes(owner).then((answer) => answer.times),
    [owner.kind, owner.id, version])
  const [shown, setShown] = useState<Times[] | null>(null)
  useEffect(() => {
    if (result.state === 'ready') setShown(result.data)
  }, [result])
  const due = useRefreshAt(shown === null ? null : earliest(shown))
  useEffect(() => {
    if (due > 0) reload()
  }, [due, reload])

  if (shown === null) {
    return result.state === 'error'
      ? <p className="sync-times muted" data-testid="sync-times">Sync times unavailable: {result.message}</p>
      : null
  }
  const byEndpoint = new Map(shown.map((t) => [t.endpoint, t]))
  return (
    <p className="sync-times muted" data-testid="sync-times">
      {Object.entries(endpoints).map(([endpoint, label]) => (
        <span key={endpoint}>{line(label, byEndpoint.get(endpoint))}</span>
      ))}
    </p>
  )
}
