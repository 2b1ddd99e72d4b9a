import { useState } from 'react'
import { errorMessage, LOGIN_PATH, logout } from '../api/client'
import type { Me } from '../api/types'
import { CharacterRow } from './CharacterRow'
import { ErrorBanner } from './ErrorBanner'
import { Header } from './Header'

interface HomePageProps {
  me: Me
  onLoggedOut: () => void
}

export function HomePage({ me, onLoggedOut }: HomePageProps) {
  const [error, setError] = useState<string | null>(null)
  const [loggingOut, setLoggingOut] = useState(false)

  async function handleLogout() {
    setLoggingOut(true)
    try {
      await logout()
      onLoggedOut()
    } catch (failure) {
      setError(errorMessage(failure))
      setLoggingOut(false)
    }
  }

  return (
    <>
      <Header>
        {me.admin && <span className="badge">Admin</span>}
        <button
          type="button"
          className="button secondary"
          onClick={handleLogout}
          disabled={loggingOut}
          data-testid="logout-button"
        >
          Log out
        </button>
      </Header>
      <main className="content">
        {error && <ErrorBanner message={error} />}
        <section className="panel">
          <div className="panel-title">
            <h2>Characters</h2>
            {/* The same SSO flow links another character to this account. */}
            <a className="button primary small" href={LOGIN_PATH} data-testid="add-character">
              Add character
            </a>
          </div>
          {me.characters.length === 0 ? (
            <p className="muted">No characters linked yet.</p>
          ) : (
            <ul className="character-list">
              {me.characters.map((character) => (
                <CharacterRow key={character.id} character={character} />
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  )
}
