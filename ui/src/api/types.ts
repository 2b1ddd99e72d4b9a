/** How far a character's first sync has come: of the endpoints its token covers, how many have run once. */
export interface FirstSync {
  running: boolean
  endpoints: number
  done: number
}

/** Whose synced data a screen shows: one of the account's characters, or a corporation one of them is in. */
export interface Owner {
  kind: 'characters' | 'corporations'
  id: number
}

/** A character linked to the logged-in account. */
export interface Character {
  id: number
  name: string
  tokenValid: boolean
  scopes: string[]
  /** The character's corporation as ESI last said; null until read (absent from older servers). */
  corporationId?: number | null
  /** Absent from servers before first-sync progress was reported. */
  firstSync?: FirstSync
}

/** Response of GET /api/v1/auth/me. */
export interface Me {
  accountId: number
  admin: boolean
  characters: Character[]
}

/** Response of GET /api/v1/auth/config. */
export interface AuthConfig {
  ssoConfigured: boolean
  loginUrl: string
  callbackUrl: string
  scopes: string[]
  developersUrl: string
}

/** Response of GET /api/v1/wallet/balance/{characterId}. */
export interface WalletBalance {
  characterId: number
  /** Decimal number as a string, e.g. "1234567.89". */
  balance: string
  syncedAt: string
}

export type SyncStatus = 'UPDATED' | 'UNCHANGED' | 'NOT_DUE' | 'TOKEN_INVALID' | 'FAILED' | 'DEFERRED'

/** Response of POST /api/v1/wallet/balance/{characterId}/sync. */
export interface SyncResult {
  status: SyncStatus
  nextDue?: string
  detail?: string
}

/** RFC 9457 problem details. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
}
