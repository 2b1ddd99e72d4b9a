/** A month in EVE time (UTC); month is 0-11. */
export interface Month {
  year: number
  month: number
}

export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() }
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const date = new Date(Date.UTC(year, month + by, 1))
  return monthOf(date)
}

export function monthStart({ year, month }: Month): Date {
  return new Date(Date.UTC(year, month, 1))
}

export function monthName(m: Month): string {
  return monthStart(m).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** The days shown for a month: whole weeks from Monday, days of the neighbouring months included. */
export function monthGrid(m: Month): Date[] {
  const first = monthStart(m)
  const offset = (first.getUTCDay() + 6) % 7
  const start = Date.UTC(m.year, m.month, 1 - offset)
  const days = new Date(Date.UTC(m.year, m.month + 1, 0)).getUTCDate()
  const cells = Math.ceil((offset + days) / 7) * 7
  return Array.from({ length: cells }, (_, i) => new Date(start + i * 86_400_000))
}
