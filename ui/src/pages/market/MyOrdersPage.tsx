import { useState } from 'react'
import { fetchCharacterOrders, type OwnOrderState } from '../../api/market'
import type { Character } from '../../api/types'
import { useCharacters } from '../../character/CharacterContext'
import { RequireCharacter } from '../../character/RequireCharacter'
import { AsyncView } from '../../components/AsyncView'
import { LiveNotice } from '../../components/LiveNotice'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { useAsync } from '../../hooks/useAsync'
import { useLiveVersion } from '../../live/useLiveVersion'
import { CorporationOrders } from './CorporationOrders'
import { MarketNav } from './MarketNav'
import { OwnOrderTable } from './OwnOrderTable'

const SCOPE = 'esi-markets.read_character_orders.v1'

function emptyText(character: Character, state: OwnOrderState): string {
  if (!character.scopes.includes(SCOPE)) {
    return `${character.name} has not granted reading market orders (${SCOPE}): log the character in again and grant it.`
  }
  if (character.firstSync?.running) return `No orders of ${character.name} yet: the first sync is still running.`
  return state === 'open'
    ? `${character.name} has no open market orders in EVE as last read (orders are read every 20 minutes).`
    : `${character.name} has no cancelled or expired orders in EVE's last 90 days.`
}

/** The chosen character's market orders, open (with where each stands) or past, reloaded when the server pushes a change. */
export function MyOrdersPage() {
  return (
    <>
      <MarketNav />
      <RequireCharacter>{(character) => <MyOrders key={character.id} character={character} />}</RequireCharacter>
    </>
  )
}

function MyOrders({ character }: { character: Character }) {
  const [state, setState] = useState<OwnOrderState>('open')
  const { version, last } = useLiveVersion(`character.${character.id}.market`)
  const orders = useAsync(() => fetchCharacterOrders(character.id, state), [character.id, state, version])
  return (
    <>
      <Panel title="Orders" actions={<OrderChoice character={character} state={state} onState={setState} />}>
        <LiveNotice event={last} describe={() => 'Your market orders changed'} />
        <SyncTimes owner={{ kind: 'characters', id: character.id }} endpoints={{ MARKET_ORDERS: 'Orders' }}
          version={version} />
        <AsyncView result={orders.result} onRetry={orders.reload} isEmpty={(list) => list.length === 0}
          empty={emptyText(character, state)}>
          {(list) => <OwnOrderTable orders={list} open={state === 'open'} testId={`orders-${state}`} />}
        </AsyncView>
      </Panel>
      {character.corporationId && <CorporationOrders corporationId={character.corporationId} state={state} />}
    </>
  )
}

interface OrderChoiceProps {
  character: Character
  state: OwnOrderState
  onState: (state: OwnOrderState) => void
}

/** Whose orders (one of the account's characters) and which (open or past). */
function OrderChoice({ character, state, onState }: OrderChoiceProps) {
  const { me, select } = useCharacters()
  return (
    <>
      <label className="inline">
        Character
        <select data-testid="orders-character" value={character.id} onChange={(e) => select(Number(e.target.value))}>
          {me.characters.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      <div role="group" aria-label="Which orders">
        {(['open', 'history'] as const).map((s) => (
          <button key={s} type="button" className="button secondary small" aria-pressed={state === s}
            onClick={() => onState(s)}>
            {s === 'open' ? 'Open' : 'History'}
          </button>
        ))}
      </div>
    </>
  )
}
