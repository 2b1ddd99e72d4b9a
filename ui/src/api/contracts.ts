import { requestJson, withQuery } from './client'
import type { Owner } from './types'

/** A contract; ISK amounts are JSON numbers here. */
export interface Contract {
  contractId: number
  type: 'item_exchange' | 'auction' | 'courier' | 'loan' | 'unknown'
  title: string
  issuerId: number
  issuerName?: string | null
  issuerCorporationId?: number
  issuerCorporationName?: string | null
  assigneeId?: number | null
  assigneeName?: string | null
  status: string
  availability: string
  price: number | null
  buyout: number | null
  reward: number | null
  collateral: number | null
  volume: number | null
  startLocationId: number | null
  startLocationName?: string | null
  endLocationId: number | null
  endLocationName?: string | null
  dateIssued: string | null
  dateExpired: string | null
}

export interface ContractDetails extends Contract {
  route: {
    startSystemId: number | null
    startSystemName?: string | null
    endSystemId: number | null
    endSystemName?: string | null
    jumps: number | null
  } | null
}

export interface ContractItem {
  recordId: number
  typeId: number
  typeName?: string | null
  quantity: number
  included: boolean
}

export interface ContractBid {
  bidId: number
  bidderId: number | null
  bidderName?: string | null
  amount: number
  dateBid: string
}

export interface ContractPage {
  contracts: Contract[]
  next: string | null
}

export interface ContractFilter {
  type?: string
  status?: string
  expiringWithin?: string
  sort?: string
  after?: string
}

/** A character's contracts, or a corporation's (for members with Director or Contract Manager there). */
const base = (owner: Owner) => `/api/v1/${owner.kind}/${owner.id}/contracts`

export function fetchContracts(owner: Owner, filter: ContractFilter): Promise<ContractPage> {
  return requestJson('GET', withQuery(base(owner), { ...filter, limit: 100 }))
}

export function fetchContract(owner: Owner, contractId: number): Promise<ContractDetails> {
  return requestJson('GET', `${base(owner)}/${contractId}`)
}

export function fetchContractItems(owner: Owner, contractId: number): Promise<{ items: ContractItem[] }> {
  return requestJson('GET', `${base(owner)}/${contractId}/items`)
}

export function fetchContractBids(owner: Owner, contractId: number): Promise<{ bids: ContractBid[] }> {
  return requestJson('GET', `${base(owner)}/${contractId}/bids`)
}

/** A public contract found by the search, with its region. */
export type PublicContract = Contract & { regionId: number }

export interface PublicSearch {
  regionId: number
  itemTypeName?: string
  minPrice?: number
  maxPrice?: number
}

export function searchPublicContracts(search: PublicSearch): Promise<{ contracts: PublicContract[]; next: number | null }> {
  return requestJson('POST', '/api/v1/contracts/search', { ...search, limit: 50 })
}
