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

/** Formats an ISO-8601 instant for display in the user's locale; falls back to the raw text. */
export function formatInstant(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString()
}
