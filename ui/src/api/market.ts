import { requestJson, withQuery } from './client'

/** A region the server keeps order books of, with its current snapshot (null before the first one). */
export interface MarketRegion {
  regionId: number
  regionName: string
  snapshot: { fetchedAt: string; expiresAt: string; orderCount: number } | null
}

/** A type as the market search finds it. */
export interface MarketType {
  typeId: number
  typeName: string
  groupName: string | null
  categoryName?: string | null
  volume: number
  packagedVolume: number | null
  iconUrl?: string
}

export interface BookSummary {
  bestBid: number | null
  bestAsk: number | null
  spread: number | null
  spreadPercent: number | null
  bidVolume: number
  askVolume: number
  bidVolumeWithin5: number
  askVolumeWithin5: number
}

export interface BookOrder {
  orderId: number
  price: number
  volumeRemain: number
  volumeTotal: number
  minVolume: number
  stationId: number
  stationName: string | null
  systemId: number
  systemName: string | null
  security: number | null
  range: string
  issued: string
  expires: string
}

/** One type's order book in a region, or in one system or station of it, from the region's current snapshot. */
export interface OrderBook {
  typeId: number
  typeName: string
  regionId: number
  regionName: string
  fetchedAt: string | null
  expiresAt: string | null
  summary: BookSummary
  sells: BookOrder[]
  buys: BookOrder[]
}

export interface BookScope {
  typeId: number
  regionId: number
  systemId?: number
  stationId?: number
  depth?: number
}

export type ChangeKind = 'NEW' | 'PRICE' | 'GONE'

export interface OrderChange {
  orderId: number
  kind: ChangeKind
  buyOrder: boolean
  oldPrice: number | null
  newPrice: number | null
  volumeRemain: number
  stationId: number
  stationName: string | null
  seenAt: string
}

export interface HistoryDay {
  date: string
  average: number
  highest: number
  lowest: number
  volume: number
  orderCount: number
}

export interface PriceHistory {
  typeId: number
  typeName: string
  regionId: number
  regionName: string
  expiresAt: string | null
  days: HistoryDay[]
}

export interface TradeHub {
  stationId: number
  stationName: string
  systemId: number
  systemName: string
  regionId: number
  regionName: string
}

export type FillAs = 'order' | 'immediate'

export interface CalculatorRequest {
  typeId: number
  buyStationId: number
  sellStationId: number
  quantity: number
  characterId?: number
  buyAs: FillAs
  sellAs: FillAs
  brokerFeePercent?: number
  salesTaxPercent?: number
}

export interface CalculatorResult {
  typeName?: string | null
  buyStationName?: string | null
  sellStationName?: string | null
  buyPrice: number | null
  sellPrice: number | null
  brokerFee: number
  salesTax: number
  profitPerUnit: number | null
  margin: number | null
  profit: number | null
  profitPerM3: number | null
  dailyVolume: number | null
  profitPerDay: number | null
  taxes: {
    /** At the selling station. */
    brokerFeePercent: number
    buyBrokerFeePercent?: number
    salesTaxPercent: number
    /** What one price change of the sell order costs. */
    relistFeePercent?: number
    source: 'character' | 'typed' | 'default'
  }
}

export interface QuickTradeLine {
  typeId?: number
  typeName: string
  quantity: number
}

export interface QuickTradeAnswer {
  lines: { typeId: number; typeName: string; quantity: number }[]
  unknown: string[]
  hubs: {
    stationId: number
    stationName: string
    buyTotal: number | null
    sellTotal: number | null
    /** What the hub's sell orders cannot supply. */
    missing: QuickTradeLine[]
    /** What the hub's buy orders cannot take. */
    unsold?: QuickTradeLine[]
  }[]
}

export interface RouteItem {
  typeId: number
  typeName: string
  quantity: number
  buyPrice: number
  sellPrice: number
  profit: number
  profitPerUnit: number
  volumeM3: number
  profitPerM3: number
}

export interface TradeRoute {
  fromStationId: number
  fromStationName: string
  toStationId: number
  toStationName: string
  jumps: number
  items: RouteItem[]
  profit: number
  iskPerJump: number
  profitPerM3: number
  cargoUsed: number
  iskNeeded: number
}

/** immediate: sold into the buy orders at the destination; order: listed there under its cheapest sell order. */
export type RouteMode = 'immediate' | 'order'

export interface RouteSearch {
  from?: number
  to?: number
  cargo: number
  isk: number
  minProfit?: number
  maxJumps?: number
  mode: RouteMode
  /** Left out: the server's default, an untrained pilot's rate. */
  brokerFeePercent?: number
  salesTaxPercent?: number
}

export interface TradeRoutesAnswer {
  mode: RouteMode
  /** The rates counted: typed in the search, or the server's defaults (an untrained pilot's). */
  fees: { brokerFeePercent: number; salesTaxPercent: number; source: 'typed' | 'default' }
  routes: TradeRoute[]
}

export type OwnOrderState = 'open' | 'history'

export interface OwnOrder {
  orderId: number
  typeId: number
  typeName: string | null
  buyOrder: boolean
  price: number
  volumeRemain: number
  volumeTotal: number
  stationName: string | null
  regionName: string | null
  issued: string
  expires: string | null
  state: string
  range?: string
  escrow?: number | null
  minVolume?: number | null
  /** Corporation orders: who placed it, from which wallet division. */
  issuedByName?: string | null
  walletDivision?: number
  position: {
    outbid: boolean
    bestCompetitor: number | null
    undercutBy: number | null
    rank: number | null
    competitors?: number
  } | null
}

export function fetchMarketRegions(): Promise<MarketRegion[]> {
  return requestJson('GET', '/api/v1/market/regions')
}

export function searchTypes(text: string, limit = 20): Promise<MarketType[]> {
  return requestJson('GET', withQuery('/api/v1/universe/types', { q: text, market: true, limit }))
}

export function fetchBook(scope: BookScope): Promise<OrderBook> {
  return requestJson('GET', withQuery('/api/v1/market/book', { ...scope }))
}

export function fetchChanges(typeId: number, regionId: number, limit = 50): Promise<OrderChange[]> {
  return requestJson('GET', withQuery('/api/v1/market/changes', { typeId, regionId, limit }))
}

export function fetchHistory(typeId: number, regionId: number): Promise<PriceHistory> {
  return requestJson('GET', withQuery('/api/v1/market/history', { typeId, regionId }))
}

export function fetchHubs(): Promise<TradeHub[]> {
  return requestJson('GET', '/api/v1/market/hubs')
}

export function calculateProfit(request: CalculatorRequest): Promise<CalculatorResult> {
  return requestJson('POST', '/api/v1/market/calculator', request)
}

export function quickTrade(text: string): Promise<QuickTradeAnswer> {
  return requestJson('POST', '/api/v1/market/quick-trade', { text })
}

export function fetchTradeRoutes(search: RouteSearch): Promise<TradeRoutesAnswer> {
  return requestJson('GET', withQuery('/api/v1/market/trade-routes', { ...search }))
}

export function fetchCharacterOrders(characterId: number, state: OwnOrderState): Promise<OwnOrder[]> {
  return requestJson('GET', withQuery(`/api/v1/characters/${characterId}/market/orders`, { state }))
}

export function fetchCorporationOrders(corporationId: number, state: OwnOrderState): Promise<OwnOrder[]> {
  return requestJson('GET', withQuery(`/api/v1/corporations/${corporationId}/market/orders`, { state }))
}

/** A player structure whose market the server keeps, as any user sees it once it has been read. */
export interface StructurePlace {
  structureId: number
  structureName: string | null
  systemId: number | null
  systemName: string | null
  regionId: number | null
  regionName: string | null
  fetchedAt: string | null
  expiresAt: string | null
  orderCount: number
}

export type StructureAccess = 'PENDING' | 'OK' | 'NO_DOCKING' | 'NO_CHARACTER' | 'FAILED'

/** A kept structure as an admin sees it: how its last read went and through which character. */
export interface KeptStructure extends StructurePlace {
  access: StructureAccess
  viaCharacterId: number | null
  viaCharacterName: string | null
  detail: string | null
}

/** A structure not kept where users of the server have open orders. */
export interface StructureSuggestion {
  structureId: number
  regionId: number
  regionName: string | null
  ownOrders: number
}

export interface AdminStructures {
  structures: KeptStructure[]
  suggestions: StructureSuggestion[]
}

export function fetchStructures(): Promise<StructurePlace[]> {
  return requestJson('GET', '/api/v1/market/structures')
}

export function fetchAdminStructures(): Promise<AdminStructures> {
  return requestJson('GET', '/api/v1/admin/market/structures')
}

export function changeStructures(structureIds: number[]): Promise<AdminStructures> {
  return requestJson('PUT', '/api/v1/admin/market/structures', { structureIds })
}
