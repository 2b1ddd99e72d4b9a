import { describe, expect, it } from 'vitest'
import { describeSync } from './sync'

describe('describeSync', () => {
  it('describes each outcome', () => {
    expect(describeSync({ status: 'UPDATED' })).toBe('Balance updated.')
    expect(describeSync({ status: 'UNCHANGED' })).toBe('Balance is up to date.')
    expect(describeSync({ status: 'NOT_DUE' })).toBe('Not due yet.')
    expect(describeSync({ status: 'TOKEN_INVALID' })).toMatch(/log in again/)
    expect(describeSync({ status: 'DEFERRED' })).toMatch(/ESI asked us to wait/)
    expect(describeSync({ status: 'FAILED', detail: 'ESI returned 502' })).toBe(
      'Sync failed: ESI returned 502',
    )
  })
})
