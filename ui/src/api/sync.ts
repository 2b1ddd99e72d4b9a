import { requestJson } from './client'
import type { Owner } from './types'

/** How fresh one kind of an owner's data is (GET /api/v1/{kind}/{id}/sync-times). */
export interface SyncTimes {
  /** The sync endpoint, e.g. MAIL, WALLET_JOURNAL, CORPORATION_CONTRACTS. */
  endpoint: string
  /** False when the server does not sync it for this owner (scope or roles not granted, token revoked). */
  planned: boolean
  lastSuccess: string | null
  nextDue: string | null
  /** How the last run ended (UPDATED, UNCHANGED, FAILED, DEFERRED, ...); NEW before the first run. */
  lastStatus: string | null
}

export function fetchSyncTimes(owner: Owner): Promise<{ times: SyncTimes[] }> {
  return requestJson('GET', `/api/v1/${owner.kind}/${owner.id}/sync-times`)
}
