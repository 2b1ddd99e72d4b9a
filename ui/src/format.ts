const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * Formats a decimal string such as "1234567.89" as "1,234,567.89 ISK".
 *
 * Works on the digits directly (no floating point), rounds half up to two
 * decimals, and returns the input unchanged (plus " ISK") when it is not a
 * plain decimal number.
 */
export function formatIsk(balance: string): string {
  const match = DECIMAL.exec(balance.trim())
  if (!match) return `${balance} ISK`
  const [, sign, integerPart, fractionPart = ''] = match

  const fraction = fractionPart.padEnd(3, '0')
  let cents = BigInt(integerPart) * 100n + BigInt(fraction.slice(0, 2))
  if (fraction.charCodeAt(2) >= '5'.charCodeAt(0)) cents += 1n

  const whole = (cents / 100n).toString()
  const rest = (cents % 100n).toString().padStart(2, '0')
  const negative = sign === '-' && cents !== 0n
  return `${negative ? '-' : ''}${groupThousands(whole)}.${rest} ISK`
}

/** A decimal ISK string times a whole quantity, exactly (e.g. a unit price times the items of a stack). */
export function iskTimes(unit: string, quantity: number): string {
  const match = DECIMAL.exec(unit.trim())
  if (!match || !Number.isInteger(quantity)) return 'NaN'
  const [, sign, integerPart, fractionPart = ''] = match
  const cents = (BigInt(integerPart) * 100n + BigInt(fractionPart.padEnd(2, '0').slice(0, 2))) * BigInt(quantity)
  const digits = cents.toString().padStart(3, '0')
  return `${sign === '-' ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`
}

/** Formats an amount the API sends as a JSON number or a decimal string; "—" when absent. */
export function formatAmount(amount: number | string | null | undefined): string {
  if (amount === null || amount === undefined) return '—'
  return formatIsk(typeof amount === 'number' ? amount.toFixed(2) : amount)
}

/** Formats an ISO-8601 instant in EVE time (UTC), e.g. "2026-11-25 10:00 EVE"; falls back to the raw text. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} EVE`
}

/** The UTC calendar day of an instant, "2026-11-25". */
export function eveDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10)
}

/** ESI's snake_case names for display: "player_donation" -> "Player donation". */
export function humanize(name: string): string {
  const text = name.replace(/_/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
