import { useEffect, useState } from 'react'
import { errorMessage, fetchAuthConfig } from '../api/client'
import type { AuthConfig } from '../api/types'
import { ErrorBanner } from './ErrorBanner'
import { Header } from './Header'
import { SsoSetupHelp } from './SsoSetupHelp'

export function LoginPage() {
  const [config, setConfig] = useState<AuthConfig | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let active = true
    fetchAuthConfig()
      .then((loaded) => {
        if (active) setConfig(loaded)
      })
      .catch((failure: unknown) => {
        if (active) setError(errorMessage(failure))
      })
    return () => {
      active = false
    }
  }, [])

  return (
    <>
      <Header />
      <main className="content">
        {error && <ErrorBanner message={error} />}
        {!config && !error && <p className="muted">Loading…</p>}
        {config?.ssoConfigured && (
          <section className="panel login">
            <h2>Welcome, capsuleer</h2>
            <p>Log in with your EVE Online account to see your characters.</p>
            {/* A plain link: the SSO flow is a full-page navigation through the server. */}
            <a className="button primary" href={config.loginUrl} data-testid="login-button">
              Log in with EVE Online
            </a>
          </section>
        )}
        {config && !config.ssoConfigured && <SsoSetupHelp config={config} />}
      </main>
    </>
  )
}
