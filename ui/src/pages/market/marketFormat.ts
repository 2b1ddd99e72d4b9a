/** Whole quantities as EVE shows them: "1,250,000". */
export function formatQuantity(quantity: number | null | undefined): string {
  if (quantity === null || quantity === undefined) return '—'
  return quantity.toLocaleString('en', { maximumFractionDigits: 0 })
}

/** A percentage with two decimals: "4.25 %"; "—" when absent. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return `${value.toFixed(2)} %`
}

/** Cubic metres with up to two decimals: "1,234.5 m³". */
export function formatM3(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return `${value.toLocaleString('en', { maximumFractionDigits: 2 })} m³`
}

/** How long until an instant: "3d 4h", "5h 10m", "12m"; "expired" once it has passed. */
export function timeLeft(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—'
  const minutes = Math.floor((new Date(iso).getTime() - now) / 60_000)
  if (Number.isNaN(minutes)) return iso
  if (minutes < 0) return 'expired'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return `${days}d ${hours}h`
  if (hours > 0) return `${hours}h ${minutes % 60}m`
  return `${minutes}m`
}

/** True when a row's text contains every word of the filter (any case). */
export function matches(filter: string, ...texts: (string | null | undefined)[]): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = texts.filter(Boolean).join(' ').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

/** Player structures have ids from 10^12 up; NPC stations fit in 32 bits. */
const FIRST_STRUCTURE_ID = 1_000_000_000_000

/**
 * Where an order is, by name; one whose name is unknown (a structure no one here may dock at, a station newer than
 * the static data) says what it is instead of showing a bare id.
 */
export function stationName(stationId: number, name: string | null | undefined): string {
  if (name) return name
  return stationId >= FIRST_STRUCTURE_ID ? `Structure ${stationId} (name unknown)` : 'Unknown station'
}
