import { requestJson, withQuery } from './client'
import type { Owner } from './types'

/** One line of a wallet journal; ISK amounts are decimal strings. */
export interface JournalEntry {
  id: number
  date: string
  refType: string
  description: string
  amount: string | null
  balance: string | null
  firstPartyId: number | null
  firstPartyName: string | null
  secondPartyId: number | null
  secondPartyName: string | null
  reason: string | null
}

/** A keyset page: pass `older` as `before` for the next, older page (null: none). */
export interface JournalPage {
  entries: JournalEntry[]
  older: number | null
  newer: number | null
}

export interface JournalFilter {
  refTypes?: string
  from?: string
  to?: string
  minAmount?: string
  maxAmount?: string
  counterparty?: string
}

export interface Totals {
  income: string
  expense: string
  entries: number
}

export interface WalletStatistics {
  byRefType: (Totals & { refType: string })[]
  byPeriod: (Totals & { start: string })[]
  topCounterparties: (Totals & { partyId: number; name: string | null })[]
}

/** Whose journal: a character's, or one division (1-7, 1 the master wallet) of a corporation's. */
export interface JournalSource {
  owner: Owner
  division?: number
}

function journalPath({ owner }: JournalSource): string {
  return owner.kind === 'characters' ? `/api/v1/wallet/journal/${owner.id}` : `/api/v1/corporations/${owner.id}/wallet/journal`
}

export function fetchJournal(
  source: JournalSource,
  filter: JournalFilter,
  before?: number,
  limit = 50,
): Promise<JournalPage> {
  return requestJson('GET', withQuery(journalPath(source), { ...filter, division: source.division, before, limit }))
}

/** One of a corporation's seven wallet divisions; the name only when a Director's token read it, ISK a decimal string. */
export interface CorporationDivision {
  division: number
  name: string | null
  balance: string | null
  syncedAt: string | null
}

/** The divisions with their balances; a 404 when none of the account's characters has the roles to read them. */
export function fetchCorporationDivisions(corporationId: number): Promise<{ divisions: CorporationDivision[] }> {
  return requestJson('GET', `/api/v1/corporations/${corporationId}/wallet/balance`)
}

export function fetchStatistics(characterId: number, period: 'day' | 'week' | 'month'): Promise<WalletStatistics> {
  return requestJson('GET', withQuery(`/api/v1/wallet/statistics/${characterId}`, { period }))
}

/** A market transaction with the names the server resolved (null while not known); unitPrice a decimal string. */
export interface WalletTransaction {
  transactionId: number
  date: string
  typeId: number
  typeName: string | null
  quantity: number
  unitPrice: string
  buy: boolean
  clientId: number
  clientName: string | null
  locationId: number
  locationName: string | null
}

export function fetchTransactions(characterId: number, before?: number, limit = 50): Promise<{
  transactions: WalletTransaction[]
  older: number | null
}> {
  return requestJson('GET', withQuery(`/api/v1/wallet/transactions/${characterId}`, { before, limit }))
}
