import { NavLink, Outlet } from 'react-router'
import { useCharacters } from '../character/CharacterContext'
import { CharacterSwitcher } from '../character/CharacterSwitcher'
import { AlertsBanner } from './AlertsBanner'
import { FirstSyncNotice } from './FirstSyncNotice'
import { Header } from './Header'
import { LiveIndicator } from './LiveIndicator'
import { LogoutButton } from './LogoutButton'

const PAGES = [
  { to: '/', label: 'Overview' },
  { to: '/wallet', label: 'Wallet' },
  { to: '/mail', label: 'Mail' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/calendar', label: 'Calendar' },
  { to: '/contracts', label: 'Contracts' },
  { to: '/killmails', label: 'Killmails' },
  { to: '/market', label: 'Market' },
  { to: '/map', label: 'Map' },
  { to: '/alerts', label: 'Alerts' },
]

/** The frame of every logged-in page: brand, navigation, character switcher, live status, log out. */
export function Layout({ onLoggedOut }: { onLoggedOut: () => void }) {
  const { me } = useCharacters()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header>
        <LiveIndicator />
        <CharacterSwitcher />
        {me.admin && (
          <a className="badge" href="/admin/">
            Admin
          </a>
        )}
        <LogoutButton onLoggedOut={onLoggedOut} />
      </Header>
      <nav className="app-nav" aria-label="Pages">
        {PAGES.map((page) => (
          <NavLink key={page.to} to={page.to} end={page.to === '/'} className="nav-link">
            {page.label}
          </NavLink>
        ))}
      </nav>
      <main className="content" id="main">
        <AlertsBanner />
        <FirstSyncNotice />
        <Outlet />
      </main>
    </>
  )
}
