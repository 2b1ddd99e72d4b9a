/** The in-game map's security colours, from 1.0 down to 0.0 (null-sec and below share the last). */
const SECURITY_COLOURS = ['#f00000', '#d73000', '#f04800', '#f06000', '#d77700', '#efef00', '#8fef2f',
  '#00f000', '#00ef47', '#48f0c0', '#2fefef']

/**
 * Security as EVE shows it: one decimal, except that a system above 0.0 but below 0.05 shows as 0.1 (it is
 * low-sec, not null-sec).
 */
export function displayedSecurity(security: number): number {
  if (security > 0 && security < 0.05) return 0.1
  return Math.round(security * 10) / 10
}

export function securityColour(security: number): string {
  const tenths = Math.round(displayedSecurity(security) * 10)
  return SECURITY_COLOURS[Math.min(10, Math.max(0, tenths))]
}

/** The band a system belongs to, for route summaries: high (0.5 and up), low (0.1-0.4) or null (0.0 and below). */
export function securityBand(security: number): 'high' | 'low' | 'null' {
  const shown = displayedSecurity(security)
  if (shown >= 0.5) return 'high'
  return shown > 0 ? 'low' : 'null'
}
