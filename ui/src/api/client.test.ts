import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../test/mockFetch'
import {
  ApiError,
  fetchAuthConfig,
  fetchMe, fetchWalletBalance, problemMessage, syncWalletBalance } from './client'

describe('problemMessage', () => {
  it('prefers detail, then title, then the status', () => {
    expect(problemMessage(500, { title: 'Server Error', detail: 'Database is down' })).toBe(
      'Database is down',
    )
    expect(problemMessage(500, { title: 'Server Error' })).toBe('Server Error')
    expect(problemMessage(502, null)).toBe('Request failed with HTTP status 502')
  })
})

describe('API client', () => {
  it('returns null from fetchMe on 401 and sends cookies', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/auth/me': problem(401, 'Unauthorized', 'Not logged in'),
    })
    await expect(fetchMe()).resolves.toBeNull()
    expect(calls[0].credentials).toBe('same-origin')
  })

  it('raises an ApiError carrying the problem for other failures', async () => {
    mockFetch({
      'GET /api/v1/auth/me': problem(503, 'Service Unavailable', 'Database not reachable'),
    })
    const failure = await fetchMe().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(503)
    expect((failure as ApiError).message).toBe('Database not reachable')
  })

  it('treats a 404 balance as never synced', async () => {
    mockFetch({ 'GET /api/v1/wallet/balance/7': problem(404, 'Not Found', 'No balance yet') })
    await expect(fetchWalletBalance(7)).resolves.toBeNull()
  })

  it('posts the sync request', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/wallet/balance/7/sync': { body: { status: 'UPDATED', nextDue: 'x' } },
    })
    await expect(syncWalletBalance(7)).resolves.toEqual({ status: 'UPDATED', nextDue: 'x' })
    expect(calls).toEqual([
      { method: 'POST', url: '/api/v1/wallet/balance/7/sync', credentials: 'same-origin' },
    ])
  })

  it('uses the status text when the error body is not problem+json', async () => {
    mockFetch({ 'GET /api/v1/auth/config': { status: 502, body: '<html>', contentType: 'text/html' } })
    await expect(fetchAuthConfig()).rejects.toThrow('Request failed with HTTP status 502')
  })
})
