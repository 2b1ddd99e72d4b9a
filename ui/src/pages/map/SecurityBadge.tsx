import { displayedSecurity, securityColour } from './security'

/** A system's security as EVE shows it, in its map colour. */
export function SecurityBadge({ security }: { security: number }) {
  return (
    <span className="security-badge" style={{ color: securityColour(security) }}>
      {displayedSecurity(security).toFixed(1)}
    </span>
  )
}
