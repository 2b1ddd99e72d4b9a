import { describe, expect, it } from 'vitest'
import { historyDays } from '../../test/marketFixtures'
import { formatM3, formatPercent, formatQuantity, matches, stationName, timeLeft } from './marketFormat'
import { chartDays, movingAverage } from './movingAverage'
import { DEFAULT_ROUTE, toSearch } from './RouteForm'
import { placeScope } from './WherePicker'

describe('market figures', () => {
  const now = Date.parse('2026-12-07T12:00:00Z')

  it('names a station, or says what it is when its name is unknown', () => {
    expect(stationName(60003760, 'Jita IV - Moon 4 - Caldari Navy Assembly Plant')).toBe('Jita IV - Moon 4 - Caldari Navy Assembly Plant')
    expect(stationName(1035466617946, null)).toBe('Structure 1035466617946 (name unknown)')
    expect(stationName(60099999, undefined)).toBe('Unknown station')
  })

  it('says how long is left in days, hours or minutes, and when it has passed', () => {
    expect(timeLeft('2026-12-09T15:30:00Z', now)).toBe('2d 3h')
    expect(timeLeft('2026-12-07T17:10:00Z', now)).toBe('5h 10m')
    expect(timeLeft('2026-12-07T12:12:30Z', now)).toBe('12m')
    expect(timeLeft('2026-12-07T11:59:00Z', now)).toBe('expired')
    expect(timeLeft(null, now)).toBe('—')
    expect(timeLeft('soon', now)).toBe('soon')
  })

  it('formats quantities, percentages and volumes, with a dash for what is absent', () => {
    expect(formatQuantity(1250000)).toBe('1,250,000')
    expect(formatQuantity(null)).toBe('—')
    expect(formatPercent(4.256)).toBe('4.26 %')
    expect(formatPercent(undefined)).toBe('—')
    expect(formatM3(1234.567)).toBe('1,234.57 m³')
    expect(formatM3(null)).toBe('—')
  })

  it('matches rows that hold every word of a filter, in any case', () => {
    expect(matches('', 'anything')).toBe(true)
    expect(matches('jita moon', 'Jita IV - Moon 4', null)).toBe(true)
    expect(matches('jita amarr', 'Jita IV - Moon 4')).toBe(false)
  })

  it('averages the last n days once there are n of them', () => {
    expect(movingAverage([1, 2, 3, 4, 5, 6], 5)).toEqual([null, null, null, null, 3, 4])
    expect(movingAverage([1, 2], 5)).toEqual([null, null])
  })

  it('orders the days by date before averaging and cuts to the range asked for', () => {
    const days = historyDays(25).reverse()
    const last10 = chartDays(days, 10)
    expect(last10).toHaveLength(10)
    expect(last10[0].date).toBe('2026-11-16')
    expect(last10[9]).toMatchObject({ date: '2026-11-25', ma5: 23, ma20: 15.5 })
    expect(chartDays(days, null)[0]).toMatchObject({ date: '2026-11-01', ma5: null, ma20: null })
  })

  it('reads a book scope from the place picked', () => {
    expect(placeScope('station:60003760')).toEqual({ stationId: 60003760 })
    expect(placeScope('system:30000142')).toEqual({ systemId: 30000142 })
    expect(placeScope('')).toEqual({})
  })
})

describe('trade route form', () => {
  const fields = { ...DEFAULT_ROUTE, from: 60003760 }

  it('refuses what the server would refuse, in words', () => {
    expect(toSearch({ ...fields, isk: '0' })).toBe('The ISK to spend must be more than 0.')
    expect(toSearch({ ...fields, minProfit: '-1' })).toBe('The minimum profit is an amount of ISK, 0 or more.')
    expect(toSearch({ ...fields, salesTaxPercent: '101' })).toBe('Broker fee and sales tax are percentages from 0 to 100.')
    expect(toSearch({ ...fields, brokerFeePercent: 'x' })).toBe('Broker fee and sales tax are percentages from 0 to 100.')
  })

  it('leaves out what is not given', () => {
    expect(toSearch({ ...fields, from: null })).toEqual({ cargo: 10000, isk: 100000000, mode: 'immediate',
      brokerFeePercent: undefined, salesTaxPercent: undefined, from: undefined, to: undefined, minProfit: undefined, maxJumps: undefined })
  })
})
