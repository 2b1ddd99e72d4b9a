import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { MarketRegion, OrderBook, StructurePlace, TradeHub } from '../../api/market'
import { EveImage } from '../../components/EveImage'
import { useLiveTopic } from '../../live/LiveContext'
import { BookPanel } from './BookPanel'
import { ChangesPanel } from './ChangesPanel'
import { stationName } from './marketFormat'
import { PricePanel } from './PricePanel'
import { useRefreshAt } from '../../hooks/useRefreshAt'
import { structureLabel } from './StructuresPage'
import { WherePicker, type Place } from './WherePicker'

const THE_FORGE = 10000002
/** Asked again a minute after a region without a snapshot was seen. */
const NO_SNAPSHOT = '1970-01-01T00:00:00Z'

function hubPlaces(hubs: TradeHub[], regionId: number): Place[] {
  return hubs.filter((h) => h.regionId === regionId).flatMap((h) => [
    { key: `station:${h.stationId}`, label: h.stationName },
    { key: `system:${h.systemId}`, label: `${h.systemName} (whole system)` },
  ])
}

function structurePlaces(structures: StructurePlace[], regionId: number): Place[] {
  return structures.filter((s) => s.regionId === regionId)
    .map((s) => ({ key: `station:${s.structureId}`, label: `${structureLabel(s)} (structure)` }))
}

/** The kept regions, and the regions of kept structures outside them (read at the structures only). */
function regionsWithStructures(regions: MarketRegion[], structures: StructurePlace[]): MarketRegion[] {
  const extra = new Map<number, MarketRegion>()
  for (const s of structures) {
    if (s.regionId !== null && !regions.some((r) => r.regionId === s.regionId)) {
      extra.set(s.regionId, { regionId: s.regionId, regionName: s.regionName ?? 'Unknown region', snapshot: null })
    }
  }
  return [...regions, ...extra.values()]
}

function bookPlaces(book: OrderBook): Place[] {
  return [...book.sells, ...book.buys].flatMap((o) => [
    { key: `station:${o.stationId}`, label: stationName(o.stationId, o.stationName) },
    { key: `system:${o.systemId}`, label: `${o.systemName ?? 'Unknown system'} (whole system)` },
  ])
}

interface TypeMarketProps {
  typeId: number
  typeName: string | null
  regions: MarketRegion[]
  hubs: TradeHub[]
  structures: StructurePlace[]
  onRegionsStale: () => void
}

/** One type's market in a region: its book (region, system or station), how the book moved, its price history. */
export function TypeMarket({ typeId, typeName, regions: keptRegions, hubs, structures, onRegionsStale }: TypeMarketProps) {
  const regions = useMemo(() => regionsWithStructures(keptRegions, structures), [keptRegions, structures])
  const [params, setParams] = useSearchParams()
  const regionId = Number(params.get('region') ?? (regions.some((r) => r.regionId === THE_FORGE) ? THE_FORGE : regions[0].regionId))
  const region = regions.find((r) => r.regionId === regionId) ?? regions[0]
  const where = params.get('where') ?? ''
  const depth = Number(params.get('depth') ?? 20)
  const [seen, setSeen] = useState<{ regionId: number; places: Place[] }>({ regionId, places: [] })
  const [name, setName] = useState<string | null>(typeName)

  const set = (changes: Record<string, string | null>) => setParams((p) => {
    const next = new URLSearchParams(p)
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key)
      else next.set(key, value)
    }
    return next
  }, { replace: true })

  const onBook = useCallback((book: OrderBook) => {
    setName(book.typeName)
    setSeen((s) => {
      const known = s.regionId === book.regionId ? s.places : []
      const keys = new Set(known.map((p) => p.key))
      return { regionId: book.regionId, places: [...known, ...bookPlaces(book).filter((p) => !keys.has(p.key) && keys.add(p.key))] }
    })
  }, [])
  const places = useMemo(() => {
    const known = [...hubPlaces(hubs, region.regionId), ...structurePlaces(structures, region.regionId)]
    const keys = new Set(known.map((p) => p.key))
    const fromBooks = seen.regionId === region.regionId ? seen.places.filter((p) => !keys.has(p.key)) : []
    return [...known, ...fromBooks.sort((a, b) => a.label.localeCompare(b.label))]
  }, [hubs, structures, region.regionId, seen])
  const structure = structures.find((s) => `station:${s.structureId}` === where) ?? null

  // A new snapshot of the region is announced on the market topic; the expiry timer stays for a closed socket.
  const [published, setPublished] = useState(0)
  useLiveTopic('market', (event) => {
    if (event.type === 'market.book' && event.payload.regionId === region.regionId) setPublished((n) => n + 1)
  })
  const version = useRefreshAt(region.snapshot?.expiresAt ?? NO_SNAPSHOT) + published
  useEffect(() => {
    if (version > 0) onRegionsStale()
  }, [version, onRegionsStale])
  const whereLabel = places.find((p) => p.key === where)?.label ?? region.regionName

  return (
    <>
      <div className="type-heading">
        <EveImage kind="type" id={typeId} size={48} />
        <h2 data-testid="type-name">{name ?? 'Loading item…'}</h2>
        <Link className="button secondary small" to={`/market/calculator?typeId=${typeId}`} state={{ typeName: name }}>
          Calculate profit
        </Link>
      </div>
      <WherePicker regions={regions} regionId={region.regionId} onRegion={(id) => set({ region: String(id), where: null })}
        places={places} where={where} onWhere={(key) => set({ where: key })} depth={depth}
        onDepth={(n) => set({ depth: String(n) })} />
      <BookPanel typeId={typeId} region={region} where={where} whereLabel={whereLabel} depth={depth} version={version}
        structure={structure} onLoaded={onBook} />
      <PricePanel typeId={typeId} regionId={region.regionId} regionName={region.regionName}
        onLoaded={(history) => setName((n) => n ?? history.typeName)} />
      <ChangesPanel typeId={typeId} regionId={region.regionId} regionName={region.regionName} version={version} />
    </>
  )
}
