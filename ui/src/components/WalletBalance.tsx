import type { WalletBalance as Balance } from '../api/types'
import { formatInstant, formatIsk } from '../format'

interface WalletBalanceProps {
  /** undefined while loading, null when the balance was never synced. */
  balance: Balance | null | undefined
}

export function WalletBalance({ balance }: WalletBalanceProps) {
  if (balance === undefined) {
    return (
      <span className="wallet muted" data-testid="wallet-balance">
        Loading…
      </span>
    )
  }
  if (balance === null) {
    return (
      <span className="wallet muted" data-testid="wallet-balance">
        Not synced yet
      </span>
    )
  }
  return (
    <span className="wallet" data-testid="wallet-balance">
      <span className="isk">{formatIsk(balance.balance)}</span>
      <time className="synced-at muted" dateTime={balance.syncedAt}>
        synced {formatInstant(balance.syncedAt)}
      </time>
    </span>
  )
}
