import { useEffect } from 'react'
import { fetchBook, type MarketRegion, type OrderBook, type StructurePlace } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { BookSummaryView } from './BookSummaryView'
import { OrderTable } from './OrderTable'
import { placeScope } from './WherePicker'

interface BookPanelProps {
  typeId: number
  region: MarketRegion
  where: string
  whereLabel: string
  depth: number
  version: number
  /** The kept structure the book is read at, if one is chosen: its own orders need no region snapshot. */
  structure?: StructurePlace | null
  onLoaded: (book: OrderBook) => void
}

/** Sellers and buyers of one type in the chosen scope, from the region's current snapshot. */
export function BookPanel({ typeId, region, where, whereLabel, depth, version, structure = null, onLoaded }: BookPanelProps) {
  const hasSnapshot = region.snapshot !== null || structure !== null
  const { result, reload } = useAsync(
    () => (hasSnapshot ? fetchBook({ typeId, regionId: region.regionId, ...placeScope(where), depth }) : Promise.resolve(null)),
    [typeId, region.regionId, hasSnapshot, where, depth, version],
  )
  useEffect(() => {
    if (result.state === 'ready' && result.data) onLoaded(result.data)
  }, [result, onLoaded])

  return (
    <Panel title="Order book" className="book-panel">
      <AsyncView result={result} onRetry={reload} isEmpty={(book) => book === null}
        empty={`No snapshot of ${region.regionName} yet: the first sync runs every 5 minutes.`}>
        {(book) => book && (
          <>
            <BookSummaryView summary={book.summary} />
            <p className="muted small" data-testid="book-snapshot">
              {structure ? `${whereLabel}: market read` : `${whereLabel}: snapshot of ${book.regionName} taken`}{' '}
              {formatInstant(book.fetchedAt)}, next after {formatInstant(book.expiresAt)}.
            </p>
            <div className="book-sides">
              <OrderTable buy={false} orders={book.sells} what={`${book.typeName} in ${whereLabel}`} />
              <OrderTable buy orders={book.buys} what={`${book.typeName} in ${whereLabel}`} />
            </div>
          </>
        )}
      </AsyncView>
    </Panel>
  )
}
