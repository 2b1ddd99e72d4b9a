import { lazy } from 'react'
import { Link, Route, Routes } from 'react-router'
import type { Me } from './api/types'
import { CharacterProvider } from './character/CharacterContext'
import { Layout } from './components/Layout'
import { Panel } from './components/Panel'
import { Page } from './components/Page'

// Each page is its own chunk, loaded when first opened (the wallet's chart library is most of the code).
const OverviewPage = lazy(() => import('./pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })))
const WalletPage = lazy(() => import('./pages/wallet/WalletPage').then((m) => ({ default: m.WalletPage })))
const MailPage = lazy(() => import('./pages/mail/MailPage').then((m) => ({ default: m.MailPage })))
const ContactsPage = lazy(() => import('./pages/contacts/ContactsPage').then((m) => ({ default: m.ContactsPage })))
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })))
const ContractsPage = lazy(() => import('./pages/contracts/ContractsPage').then((m) => ({ default: m.ContractsPage })))
const KillmailsPage = lazy(() => import('./pages/killmails/KillmailsPage').then((m) => ({ default: m.KillmailsPage })))
const InfoPage = lazy(() => import('./pages/info/InfoPage').then((m) => ({ default: m.InfoPage })))
const MarketPage = lazy(() => import('./pages/market/MarketPage').then((m) => ({ default: m.MarketPage })))
const CalculatorPage = lazy(() => import('./pages/market/CalculatorPage').then((m) => ({ default: m.CalculatorPage })))
const TradeRoutesPage = lazy(() => import('./pages/market/TradeRoutesPage').then((m) => ({ default: m.TradeRoutesPage })))
const QuickTradePage = lazy(() => import('./pages/market/QuickTradePage').then((m) => ({ default: m.QuickTradePage })))
const MyOrdersPage = lazy(() => import('./pages/market/MyOrdersPage').then((m) => ({ default: m.MyOrdersPage })))
const StructuresPage = lazy(() => import('./pages/market/StructuresPage').then((m) => ({ default: m.StructuresPage })))
const AlertChannelsPage = lazy(() => import('./pages/alerts/AlertChannelsPage').then((m) => ({ default: m.AlertChannelsPage })))
const MapPage = lazy(() => import('./pages/map/MapPage').then((m) => ({ default: m.MapPage })))

/** The logged-in pages, under one layout; needs a router around it. */
export function AppRoutes({ me, onLoggedOut }: { me: Me; onLoggedOut: () => void }) {
  return (
    <CharacterProvider me={me}>
      <Routes>
        <Route element={<Layout onLoggedOut={onLoggedOut} />}>
          <Route index element={<Page title="Overview"><OverviewPage /></Page>} />
          <Route path="wallet" element={<Page title="Wallet"><WalletPage /></Page>} />
          <Route path="mail" element={<Page title="Mail"><MailPage /></Page>} />
          <Route path="mail/:mailId" element={<Page title="Mail"><MailPage /></Page>} />
          <Route path="contacts" element={<Page title="Contacts"><ContactsPage /></Page>} />
          <Route path="calendar" element={<Page title="Calendar"><CalendarPage /></Page>} />
          <Route path="contracts" element={<Page title="Contracts"><ContractsPage /></Page>} />
          <Route path="killmails" element={<Page title="Killmails"><KillmailsPage /></Page>} />
          <Route path="map" element={<Page title="Star map"><MapPage /></Page>} />
          <Route path="market" element={<Page title="Market"><MarketPage /></Page>} />
          <Route path="market/types/:typeId" element={<Page title="Market"><MarketPage /></Page>} />
          <Route path="market/calculator" element={<Page title="Profit calculator"><CalculatorPage /></Page>} />
          <Route path="market/routes" element={<Page title="Trade routes"><TradeRoutesPage /></Page>} />
          <Route path="market/quick-trade" element={<Page title="Quick trade"><QuickTradePage /></Page>} />
          <Route path="market/orders" element={<Page title="My market orders"><MyOrdersPage /></Page>} />
          <Route path="market/structures" element={<Page title="Structure markets"><StructuresPage /></Page>} />
          <Route path="alerts" element={<Page title="Alert channels"><AlertChannelsPage /></Page>} />
          <Route path="info/:kind/:id" element={<Page title="Info"><InfoPage /></Page>} />
          <Route path="*" element={<Page title="Page not found"><NotFound /></Page>} />
        </Route>
      </Routes>
    </CharacterProvider>
  )
}

function NotFound() {
  return (
    <Panel title="Nothing here">
      <p>
        There is nothing here. <Link to="/">Back to the overview</Link>.
      </p>
    </Panel>
  )
}
