import { useCallback, useEffect, useState } from 'react'
import { errorMessage, fetchWalletBalance, syncWalletBalance } from '../../api/client'
import type { Character, WalletBalance as Balance } from '../../api/types'
import { describeSync } from '../../sync'
import { EntityName } from '../../components/EntityName'
import { ErrorBanner } from '../../components/ErrorBanner'
import { WalletBalance } from '../../components/WalletBalance'
import { useLiveVersion } from '../../live/useLiveVersion'
import { CharacterStats } from './CharacterStats'
import { CharacterStatusView } from './CharacterStatusView'

interface CharacterRowProps {
  character: Character
}

export function CharacterRow({ character }: CharacterRowProps) {
  const [balance, setBalance] = useState<Balance | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [syncing, setSyncing] = useState(false)
  const [syncMessage, setSyncMessage] = useState<string | null>(null)
  // a character's first sync lands while the overview is open: show the balance as soon as it arrives
  const { version } = useLiveVersion(`character.${character.id}.wallet`)

  const loadBalance = useCallback(async () => {
    try {
      setBalance(await fetchWalletBalance(character.id))
      setError(null)
    } catch (failure) {
      setBalance(null)
      setError(errorMessage(failure))
    }
  }, [character.id])

  useEffect(() => {
    void loadBalance()
  }, [loadBalance, version])

  async function syncNow() {
    setSyncing(true)
    setSyncMessage(null)
    try {
      const result = await syncWalletBalance(character.id)
      setSyncMessage(describeSync(result))
      await loadBalance()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setSyncing(false)
    }
  }

  return (
    <li className="character-row" data-testid="character-row">
      <div className="character-info">
        <div className="character-name">
          <EntityName kind="character" id={character.id} name={character.name} size={48} />
        </div>
        {!character.tokenValid && (
          <div className="token-warning" data-testid="token-warning">
            Token invalid — log in again
          </div>
        )}
        <CharacterStats characterId={character.id} />
        <CharacterStatusView characterId={character.id} />
      </div>
      <div className="character-wallet">
        <WalletBalance balance={balance} />
        <button
          type="button"
          className="button secondary small"
          onClick={syncNow}
          disabled={syncing}
          data-testid="sync-button"
        >
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        {syncMessage && (
          <div className="sync-status muted" data-testid="sync-status">
            {syncMessage}
          </div>
        )}
      </div>
      {error && (
        <div className="character-error">
          <ErrorBanner message={error} />
        </div>
      )}
    </li>
  )
}
