import type { HistoryDay } from '../../api/market'

/** A day of the chart: ESI's figures with the moving averages of its average price up to that day. */
export interface ChartDay extends HistoryDay {
  ma5: number | null
  ma20: number | null
}

/** The mean of the last n days' average prices, null until n days are there (the days in date order). */
export function movingAverage(values: number[], n: number): (number | null)[] {
  let sum = 0
  return values.map((value, i) => {
    sum += value
    if (i >= n) sum -= values[i - n]
    return i >= n - 1 ? Math.round((sum / n) * 100) / 100 : null
  })
}

/** The days in date order with their 5- and 20-day moving averages, cut to the last `days` days (all when null). */
export function chartDays(history: HistoryDay[], days: number | null): ChartDay[] {
  const ordered = [...history].sort((a, b) => a.date.localeCompare(b.date))
  const averages = ordered.map((d) => d.average)
  const ma5 = movingAverage(averages, 5)
  const ma20 = movingAverage(averages, 20)
  const all = ordered.map((day, i) => ({ ...day, ma5: ma5[i], ma20: ma20[i] }))
  return days === null ? all : all.slice(-days)
}
