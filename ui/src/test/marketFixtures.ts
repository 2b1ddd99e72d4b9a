// Answers of the market API in the shapes of its REST contract, for the market screens' tests.
export const FORGE = 10000002
export const DOMAIN = 10000043
export const JITA_STATION = 60003760
export const AMARR_STATION = 60008494
export const TRITANIUM = 34

export const REGIONS = [
  { regionId: FORGE, regionName: 'The Forge',
    snapshot: { fetchedAt: '2026-12-07T12:00:00Z', expiresAt: '2026-12-07T12:05:00Z', orderCount: 381234 } },
  { regionId: DOMAIN, regionName: 'Domain', snapshot: null },
]

export const HUBS = [
  { stationId: JITA_STATION, stationName: 'Jita IV - Moon 4 - Caldari Navy Assembly Plant', systemId: 30000142,
    systemName: 'Jita', regionId: FORGE, regionName: 'The Forge' },
  { stationId: AMARR_STATION, stationName: 'Amarr VIII (Oris) - Emperor Family Academy', systemId: 30002187,
    systemName: 'Amarr', regionId: DOMAIN, regionName: 'Domain' },
]

export const TYPES = [
  { typeId: TRITANIUM, typeName: 'Tritanium', groupName: 'Mineral', volume: 0.01, packagedVolume: 0.01 },
  { typeId: 35, typeName: 'Pyerite', groupName: 'Mineral', volume: 0.01, packagedVolume: 0.01 },
]

export function order(orderId: number, price: number, volumeRemain: number, where: 'jita' | 'perimeter' = 'jita') {
  const jita = where === 'jita'
  return {
    orderId, price, volumeRemain, volumeTotal: volumeRemain * 2, minVolume: 1,
    stationId: jita ? JITA_STATION : 60000001,
    stationName: jita ? HUBS[0].stationName : 'Perimeter II - Moon 1 - Caldari Business Tribunal',
    systemId: jita ? 30000142 : 30000144, systemName: jita ? 'Jita' : 'Perimeter', security: jita ? 0.946 : 0.45,
    range: 'region', issued: '2026-12-01T00:00:00Z', expires: '2099-01-01T00:00:00Z',
  }
}

export const BOOK = {
  typeId: TRITANIUM, typeName: 'Tritanium', regionId: FORGE, regionName: 'The Forge',
  fetchedAt: '2026-12-07T12:00:00Z', expiresAt: '2026-12-07T12:05:00Z',
  summary: { bestBid: 4.5, bestAsk: 5, spread: 0.5, spreadPercent: 10, bidVolume: 3000, askVolume: 1500,
    bidVolumeWithin5: 1000, askVolumeWithin5: 500 },
  sells: [order(1, 5, 500), order(2, 6, 1000, 'perimeter')],
  // a station whose system the static data does not know has no security to show
  buys: [order(3, 4.5, 1000), { ...order(4, 4, 2000, 'perimeter'), security: null }],
}

export function historyDays(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    date: `2026-11-${String(i + 1).padStart(2, '0')}`, average: i + 1, highest: i + 2, lowest: i, volume: 1000,
    orderCount: 10,
  }))
}

export const HISTORY = { typeId: TRITANIUM, typeName: 'Tritanium', regionId: FORGE, regionName: 'The Forge',
  expiresAt: '2026-12-08T11:05:00Z', days: historyDays(25) }

export const CHANGES = [
  { orderId: 1, kind: 'PRICE', buyOrder: false, oldPrice: 5.2, newPrice: 5, volumeRemain: 500,
    stationId: HUBS[0].stationId, stationName: HUBS[0].stationName, seenAt: '2026-12-07T12:00:00Z' },
  { orderId: 9, kind: 'GONE', buyOrder: true, oldPrice: 4.6, newPrice: null, volumeRemain: 0,
    stationId: 60003166, stationName: 'Perimeter II - Moon 1 - Caldari Business Tribunal', seenAt: '2026-12-07T11:55:00Z' },
]

export const TOWER = 1035466617946
/** A kept structure in The Forge, and one in a region whose book the server does not keep. */
export const STRUCTURES = [
  { structureId: TOWER, structureName: 'Perimeter - Tranquility Trading Tower', systemId: 30000144, systemName: 'Perimeter',
    regionId: FORGE, regionName: 'The Forge', fetchedAt: '2026-12-07T11:58:00Z', expiresAt: '2026-12-07T12:03:00Z', orderCount: 25 },
  { structureId: 1000000000001, structureName: 'Amamake - Test Structure Alpha', systemId: 30002537, systemName: 'Amamake',
    regionId: 10000042, regionName: 'Metropolis', fetchedAt: '2026-12-07T11:58:00Z', expiresAt: '2026-12-07T12:03:00Z', orderCount: 3 },
]

export const bookUrl = (extra = '') => `GET /api/v1/market/book?typeId=${TRITANIUM}&regionId=${FORGE}${extra}&depth=20`
export const HISTORY_URL = `GET /api/v1/market/history?typeId=${TRITANIUM}&regionId=${FORGE}`
export const CHANGES_URL = `GET /api/v1/market/changes?typeId=${TRITANIUM}&regionId=${FORGE}&limit=50`

/** Every market answer the order book screen of Tritanium in The Forge asks for. */
export function bookRoutes() {
  return {
    'GET /api/v1/market/regions': { body: REGIONS },
    'GET /api/v1/market/hubs': { body: HUBS },
    'GET /api/v1/market/structures': { body: STRUCTURES },
    [bookUrl()]: { body: BOOK },
    [HISTORY_URL]: { body: HISTORY },
    [CHANGES_URL]: { body: CHANGES },
  }
}
