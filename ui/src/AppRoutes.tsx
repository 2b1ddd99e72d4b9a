import { lazy, Suspense } from 'react'
import { Link, Route, Routes } from 'react-router'
import type { Me } from './api/types'
import { CharacterProvider } from './character/CharacterContext'
import { Layout } from './components/Layout'
import { Panel } from './components/Panel'
import { CalendarPage } from './pages/calendar/CalendarPage'
import { ContactsPage } from './pages/contacts/ContactsPage'
import { ContractsPage } from './pages/contracts/ContractsPage'
import { KillmailsPage } from './pages/killmails/KillmailsPage'
import { MailPage } from './pages/mail/MailPage'
import { OverviewPage } from './pages/overview/OverviewPage'

// The wallet's chart library is most of the bundle: loaded when the wallet is first opened.
const WalletPage = lazy(() => import('./pages/wallet/WalletPage').then((m) => ({ default: m.WalletPage })))

/** The logged-in pages, under one layout; needs a router around it. */
export function AppRoutes({ me, onLoggedOut }: { me: Me; onLoggedOut: () => void }) {
  return (
    <CharacterProvider me={me}>
      <Routes>
        <Route element={<Layout onLoggedOut={onLoggedOut} />}>
          <Route index element={<OverviewPage />} />
          <Route
            path="wallet"
            element={
              <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
                <WalletPage />
              </Suspense>
            }
          />
          <Route path="mail" element={<MailPage />} />
          <Route path="mail/:mailId" element={<MailPage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="contracts" element={<ContractsPage />} />
          <Route path="killmails" element={<KillmailsPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </CharacterProvider>
  )
}

function NotFound() {
  return (
    <Panel title="Page not found">
      <p>
        There is nothing here. <Link to="/">Back to the overview</Link>.
      </p>
    </Panel>
  )
}
