import { Link, useLocation } from 'react-router'
import { useCharacters } from '../../character/CharacterContext'

const SECTIONS = [
  { to: '/market', label: 'Order book' },
  { to: '/market/calculator', label: 'Profit calculator' },
  { to: '/market/routes', label: 'Trade routes' },
  { to: '/market/quick-trade', label: 'Quick trade' },
  { to: '/market/orders', label: 'My orders' },
  { to: '/market/structures', label: 'Structure markets', admin: true },
]

/** Which section a path belongs to: the order book owns every market path the others do not (its types too). */
function sectionOf(path: string): string {
  return SECTIONS.slice(1).find((s) => path === s.to || path.startsWith(`${s.to}/`))?.to ?? '/market'
}

/** The market's screens, one link each, the current one marked; the kept structures for admins only. */
export function MarketNav() {
  const current = sectionOf(useLocation().pathname)
  const { me } = useCharacters()
  return (
    <nav className="subnav" aria-label="Market">
      {SECTIONS.filter((section) => !section.admin || me.admin).map((section) => (
        <Link key={section.to} to={section.to} className="subnav-link"
          aria-current={section.to === current ? 'page' : undefined}>
          {section.label}
        </Link>
      ))}
    </nav>
  )
}
