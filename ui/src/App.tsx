import { useCallback, useEffect, useState } from 'react'
import { BrowserRouter } from 'react-router'
import { errorMessage, fetchMe } from './api/client'
import type { Me } from './api/types'
import { ErrorBanner } from './components/ErrorBanner'
import { Header } from './components/Header'
import { LoginPage } from './components/LoginPage'
import { AppRoutes } from './AppRoutes'
import { LiveProvider } from './live/LiveContext'

type Session =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'authenticated'; me: Me }
  | { state: 'error'; message: string }

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' })

  const loadSession = useCallback(async () => {
    setSession({ state: 'loading' })
    try {
      const me = await fetchMe()
      setSession(me ? { state: 'authenticated', me } : { state: 'anonymous' })
    } catch (failure) {
      setSession({ state: 'error', message: errorMessage(failure) })
    }
  }, [])

  useEffect(() => {
    void loadSession()
  }, [loadSession])

  switch (session.state) {
    case 'loading':
      return (
        <>
          <Header />
          <main className="content">
            <p className="muted">Loading…</p>
          </main>
        </>
      )
    case 'anonymous':
      return <LoginPage />
    case 'authenticated':
      return (
        <BrowserRouter>
          <LiveProvider>
            <AppRoutes me={session.me} onLoggedOut={() => setSession({ state: 'anonymous' })} />
          </LiveProvider>
        </BrowserRouter>
      )
    case 'error':
      return (
        <>
          <Header />
          <main className="content">
            <ErrorBanner message={session.message} />
            <button type="button" className="button secondary" onClick={() => void loadSession()}>
              Retry
            </button>
          </main>
        </>
      )
  }
}
