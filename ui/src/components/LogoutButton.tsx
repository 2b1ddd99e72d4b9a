import { useState } from 'react'
import { errorMessage, logout } from '../api/client'

export function LogoutButton({ onLoggedOut }: { onLoggedOut: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function handleLogout() {
    setBusy(true)
    try {
      await logout()
      onLoggedOut()
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <>
      {error && (
        <span className="header-error" role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="button secondary"
        onClick={handleLogout}
        disabled={busy}
        data-testid="logout-button"
      >
        Log out
      </button>
    </>
  )
}
