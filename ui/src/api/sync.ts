import { requestJson } from './client'

/** Whose synced data: one of the account's characters, or a corporation one of them is in. */
export interface SyncOwner {
  kind: 'characters' | 'corporations'
  id: number
}

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

export function fetchSyncTimes(owner: SyncOwner): Promise<{ times: SyncTimes[] }> {
  return requestJson('GET', `/api/v1/${owner.kind}/${owner.id}/sync-times`)
}
