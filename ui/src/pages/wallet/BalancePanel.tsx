import { fetchWalletBalance } from '../../api/client'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { WalletBalance } from '../../components/WalletBalance'
import { useAsync } from '../../hooks/useAsync'

export function BalancePanel({ characterId, version }: { characterId: number; version: number }) {
  const { result } = useAsync(() => fetchWalletBalance(characterId), [characterId, version])
  return (
    <Panel title="Balance" className="balance-panel">
      {result.state === 'error' ? (
        <ErrorBanner message={result.message} />
      ) : (
        <WalletBalance balance={result.state === 'ready' ? result.data : undefined} />
      )}
    </Panel>
  )
}
