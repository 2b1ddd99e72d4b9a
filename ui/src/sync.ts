import type { SyncResult } from './api/types'
import { formatInstant } from './format'

/** A short human-readable description of a wallet sync outcome. */
export function describeSync(result: SyncResult): string {
  switch (result.status) {
    case 'UPDATED':
      return 'Balance updated.'
    case 'UNCHANGED':
      return 'Balance is up to date.'
    case 'NOT_DUE':
      return result.nextDue
        ? `Not due yet; next sync after ${formatInstant(result.nextDue)}.`
        : 'Not due yet.'
    case 'TOKEN_INVALID':
      return 'The login token is no longer valid; log in again with this character.'
    case 'DEFERRED':
      return result.nextDue
        ? `ESI asked us to wait; the sync runs again after ${formatInstant(result.nextDue)}.`
        : 'ESI asked us to wait; the sync runs again shortly.'
    case 'FAILED':
      return result.detail ? `Sync failed: ${result.detail}` : 'Sync failed.'
    default:
      return `Sync finished: ${String(result.status)}`
  }
}
