import { describe, expect, it } from 'vitest'
import { formatAmount, formatInstant, formatIsk, humanize, iskTimes } from './format'

describe('formatIsk', () => {
  it('adds thousands separators and the ISK suffix', () => {
    expect(formatIsk('1234567.89')).toBe('1,234,567.89 ISK')
  })

  it('keeps small amounts without separators', () => {
    expect(formatIsk('0')).toBe('0.00 ISK')
    expect(formatIsk('999.5')).toBe('999.50 ISK')
  })

  it('pads to two decimals', () => {
    expect(formatIsk('1000')).toBe('1,000.00 ISK')
    expect(formatIsk('1000.')).toBe('1,000.00 ISK')
  })

  it('rounds half up to two decimals without floating point error', () => {
    expect(formatIsk('1.005')).toBe('1.01 ISK')
    expect(formatIsk('2.994')).toBe('2.99 ISK')
    expect(formatIsk('999999.995')).toBe('1,000,000.00 ISK')
  })

  it('keeps precision for balances beyond double precision', () => {
    expect(formatIsk('123456789012345678.12')).toBe('123,456,789,012,345,678.12 ISK')
  })

  it('formats negative balances', () => {
    expect(formatIsk('-1234.5')).toBe('-1,234.50 ISK')
    expect(formatIsk('-0.001')).toBe('0.00 ISK')
  })

  it('passes through text that is not a decimal number', () => {
    expect(formatIsk('n/a')).toBe('n/a ISK')
  })
})

describe('EVE time and amounts', () => {
  it('shows instants in UTC whatever the browser zone', () => {
    expect(formatInstant('2026-11-25T10:00:00+02:00')).toBe('2026-11-25 08:00 EVE')
    expect(formatInstant(null)).toBe('—')
    expect(formatInstant('soon')).toBe('soon')
  })

  it('formats JSON numbers and strings as ISK', () => {
    expect(formatAmount(1500000)).toBe('1,500,000.00 ISK')
    expect(formatAmount('-25.5')).toBe('-25.50 ISK')
    expect(formatAmount(null)).toBe('—')
  })

  it('humanizes ESI names', () => {
    expect(humanize('player_donation')).toBe('Player donation')
  })
})

describe('iskTimes', () => {
  it('multiplies a unit price by a quantity exactly, beyond what a double holds', () => {
    expect(iskTimes('10000.00', 6)).toBe('60000.00')
    expect(iskTimes('100.25', 1000)).toBe('100250.00')
    expect(iskTimes('0.01', 3)).toBe('0.03')
    expect(iskTimes('12345678901234.57', 1000)).toBe('12345678901234570.00')
    expect(iskTimes('5', 0)).toBe('0.00')
  })

  it('says NaN for what is not a decimal or not a whole quantity', () => {
    expect(iskTimes('abc', 2)).toBe('NaN')
    expect(iskTimes('1.00', 1.5)).toBe('NaN')
  })
})
