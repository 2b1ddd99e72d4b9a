import { ApiError } from '../../api/client'
import { fetchCorporationOrders, type OwnOrderState } from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { EntityName } from '../../components/EntityName'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { useAsync } from '../../hooks/useAsync'
import { useCorporationName } from '../../hooks/useCorporationName'
import { useLiveVersion } from '../../live/useLiveVersion'
import { OwnOrderTable } from './OwnOrderTable'

/** What the server answered for the corporation's orders: the orders, or that this account may not read them. */
type Answer = { orders: Awaited<ReturnType<typeof fetchCorporationOrders>> } | { refused: true }

function load(corporationId: number, state: OwnOrderState): Promise<Answer> {
  return fetchCorporationOrders(corporationId, state).then((orders) => ({ orders }), (error: unknown) => {
    // the server answers 404 for a corporation whose orders this account may not read, as if it did not exist
    if (error instanceof ApiError && error.status === 404) return { refused: true as const }
    throw error
  })
}

/** The market orders of the character's corporation, for those whose roles there allow reading them. */
export function CorporationOrders({ corporationId, state }: { corporationId: number; state: OwnOrderState }) {
  const { version } = useLiveVersion(`corporation.${corporationId}.market`)
  const name = useCorporationName(corporationId)
  const orders = useAsync(() => load(corporationId, state), [corporationId, state, version])
  const who = name ?? 'the corporation'
  return (
    <Panel title="Corporation orders">
      <p><EntityName kind="corporation" id={corporationId} name={name} /></p>
      <SyncTimes owner={{ kind: 'corporations', id: corporationId }}
        endpoints={{ CORPORATION_MARKET_ORDERS: 'Corporation orders' }} version={version} />
      <AsyncView result={orders.result} onRetry={orders.reload}
        isEmpty={(a) => 'refused' in a || a.orders.length === 0}
        empty={orders.result.state === 'ready' && 'refused' in orders.result.data
          ? `Reading the market orders of ${who} takes the Director, Accountant or Trader role there (as ESI last said).`
          : `${who} has no ${state === 'open' ? 'open' : 'closed'} market orders in EVE, or they are not synced yet.`}>
        {(answer) => 'orders' in answer && (
          <OwnOrderTable orders={answer.orders} open={state === 'open'} testId={`corporation-orders-${state}`} corporation />
        )}
      </AsyncView>
    </Panel>
  )
}
