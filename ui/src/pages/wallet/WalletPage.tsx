import type { Character } from '../../api/types'
import { LiveNotice } from '../../components/LiveNotice'
import { RequireCharacter } from '../../character/RequireCharacter'
import type { LiveEvent } from '../../live/LiveSocket'
import { useLiveVersion } from '../../live/useLiveVersion'
import { BalancePanel } from './BalancePanel'
import { CorporationWallet } from './CorporationWallet'
import { FlowPanel } from './FlowPanel'
import { JournalPanel } from './JournalPanel'
import { TransactionsPanel } from './TransactionsPanel'

function describe(event: LiveEvent): string {
  if (event.type === 'wallet.journal') {
    const added = Number(event.payload.added ?? 0)
    return `${added} new journal ${added === 1 ? 'entry' : 'entries'}`
  }
  return 'Wallet balance updated'
}

/**
 * Balance, ISK flow, journal and market transactions of the chosen character, reloaded when the server pushes a
 * wallet change, and its corporation's wallet divisions.
 */
export function WalletPage() {
  return <RequireCharacter>{(character) => <Wallet key={character.id} character={character} />}</RequireCharacter>
}

function Wallet({ character }: { character: Character }) {
  const { version, last } = useLiveVersion(`character.${character.id}.wallet`)
  return (
    <>
      <LiveNotice event={last} describe={describe} />
      <BalancePanel characterId={character.id} version={version} />
      <FlowPanel characterId={character.id} version={version} />
      <JournalPanel characterId={character.id} version={version} />
      <TransactionsPanel characterId={character.id} version={version} />
      {character.corporationId && <CorporationWallet corporationId={character.corporationId} />}
    </>
  )
}
