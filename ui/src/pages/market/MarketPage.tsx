import { useCallback, useEffect } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { fetchHubs, fetchMarketRegions, fetchStructures, type MarketRegion } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { Panel } from '../../components/Panel'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { MarketNav } from './MarketNav'
import { formatQuantity } from './marketFormat'
import { TypeMarket } from './TypeMarket'
import { TypeSearch } from './TypeSearch'

const REGION_COLUMNS: Column<MarketRegion>[] = [
  { header: 'Region', sort: (r) => r.regionName, cell: (r) => r.regionName },
  { header: 'Orders', numeric: true, sort: (r) => r.snapshot?.orderCount ?? null, cell: (r) => formatQuantity(r.snapshot?.orderCount) },
  { header: 'Snapshot (EVE)', sort: (r) => r.snapshot?.fetchedAt ?? null, className: () => 'nowrap',
    cell: (r) => (r.snapshot ? formatInstant(r.snapshot.fetchedAt) : 'None yet: the first sync runs every 5 minutes') },
  { header: 'Next (EVE)', sort: (r) => r.snapshot?.expiresAt ?? null, className: () => 'nowrap', cell: (r) => formatInstant(r.snapshot?.expiresAt) },
]

/** The order book section: find an item, then its book, history and changes in a region the server reads. */
export function MarketPage() {
  const { typeId } = useParams()
  const navigate = useNavigate()
  const location = useLocation()
  const state = location.state as { typeName?: string } | null
  const regions = useAsync(fetchMarketRegions, [])
  const hubs = useAsync(fetchHubs, [])
  const structures = useAsync(fetchStructures, [])
  const { update } = regions
  const refreshRegions = useCallback(() => {
    fetchMarketRegions().then((list) => update(() => list), () => undefined)
  }, [update])
  const id = typeId === undefined ? null : Number(typeId)
  // a snapshot may have been stored since the list was read: opening an item reads it again, quietly
  useEffect(() => {
    if (id !== null) refreshRegions()
  }, [id, refreshRegions])

  return (
    <>
      <MarketNav />
      <Panel title="Find an item">
        <TypeSearch id="market-type" label="Item name" onChoose={(type) =>
          navigate({ pathname: `/market/types/${type.typeId}`, search: location.search }, { state: { typeName: type.typeName } })} />
      </Panel>
      <AsyncView result={regions.result} onRetry={regions.reload} isEmpty={(list) => list.length === 0}
        empty="This server reads no region's market yet: an admin chooses the regions in the admin console.">
        {(list) => id === null || !Number.isInteger(id) || id <= 0 ? (
          <Panel title="Regions read">
            <DataTable columns={REGION_COLUMNS} rows={list} rowKey={(r) => r.regionId} testId="market-regions"
              caption="Order books are read every 5 minutes, as ESI caches them." />
          </Panel>
        ) : (
          <TypeMarket key={id} typeId={id} typeName={state?.typeName ?? null} regions={list}
            hubs={hubs.result.state === 'ready' ? hubs.result.data : []}
            structures={structures.result.state === 'ready' ? structures.result.data : []} onRegionsStale={refreshRegions} />
        )}
      </AsyncView>
    </>
  )
}
