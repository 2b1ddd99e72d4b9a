import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from './App'
import type { AuthConfig, Me } from './api/types'
import { mockFetch, problem, type MockResponse } from './test/mockFetch'

const notLoggedIn = problem(401, 'Unauthorized', 'Not logged in')

const configured: AuthConfig = {
  ssoConfigured: true,
  loginUrl: '/api/v1/auth/login',
  callbackUrl: 'http://localhost:8080/api/v1/auth/callback',
  scopes: ['publicData', 'esi-wallet.read_character_wallet.v1'],
  developersUrl: 'https://developers.eveonline.com/applications',
}

const demoPilot = {
  id: 2112625428,
  name: 'Demo Pilot',
  tokenValid: true,
  scopes: ['esi-wallet.read_character_wallet.v1'],
}

const staleAlt = { id: 90000001, name: 'Stale Alt', tokenValid: false, scopes: [] }

const me: Me = { accountId: 1, admin: true, characters: [demoPilot, staleAlt] }

const demoBalance = {
  characterId: demoPilot.id,
  balance: '1234567.89',
  syncedAt: '2026-11-25T10:00:00Z',
}

/** What the overview reads besides balances: unread mail, active contracts, recent kills. */
function overviewRoutes(...characterIds: number[]) {
  const routes: Record<string, MockResponse> = { 'GET /api/v1/killmails?limit=5': { body: { killmails: [] } } }
  for (const id of characterIds) {
    routes[`GET /api/v1/characters/${id}/mail/labels`] = { body: { labels: [], totalUnreadCount: 3 } }
    routes[`GET /api/v1/characters/${id}/contracts?status=outstanding&limit=100`] = {
      body: { contracts: [], next: null },
    }
  }
  return routes
}

const walletCalls = (calls: { method: string; url: string }[]) =>
  calls.map((c) => `${c.method} ${c.url}`).filter((c) => c.includes('/auth/') || c.includes('/wallet/'))

function rowOf(name: string): HTMLElement {
  const row = screen.getAllByTestId('character-row').find((r) => r.textContent?.includes(name))
  if (!row) throw new Error(`No character row for ${name}`)
  return row
}

describe('login page', () => {
  it('offers the EVE Online login when SSO is configured', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/auth/me': notLoggedIn,
      'GET /api/v1/auth/config': { body: configured },
    })
    render(<App />)

    const login = await screen.findByTestId('login-button')
    expect(login).toHaveTextContent('Log in with EVE Online')
    expect(login.tagName).toBe('A')
    expect(login).toHaveAttribute('href', '/api/v1/auth/login')
    expect(screen.queryByTestId('sso-setup-help')).not.toBeInTheDocument()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/auth/me',
      'GET /api/v1/auth/config',
    ])
  })

  it('explains the SSO setup with the exact callback URL when not configured', async () => {
    mockFetch({
      'GET /api/v1/auth/me': notLoggedIn,
      'GET /api/v1/auth/config': { body: { ...configured, ssoConfigured: false } },
    })
    render(<App />)

    const help = await screen.findByTestId('sso-setup-help')
    expect(screen.queryByTestId('login-button')).not.toBeInTheDocument()
    const callback = screen.getByTestId('callback-url')
    expect(callback.tagName).toBe('CODE')
    expect(callback).toHaveTextContent(/^http:\/\/localhost:8080\/api\/v1\/auth\/callback$/)
    expect(within(help).getByRole('link', { name: configured.developersUrl })).toHaveAttribute(
      'href',
      configured.developersUrl,
    )
    expect(help).toHaveTextContent('Authentication & API Access')
    expect(help).toHaveTextContent('publicData')
    expect(help).toHaveTextContent('esi-wallet.read_character_wallet.v1')
    expect(help).toHaveTextContent('EVESEAT_SSO_CLIENT_ID')
    expect(help).toHaveTextContent('EVESEAT_SSO_CLIENT_SECRET')
  })

  it('shows the problem detail when the config cannot be loaded', async () => {
    mockFetch({
      'GET /api/v1/auth/me': notLoggedIn,
      'GET /api/v1/auth/config': problem(500, 'Internal Server Error', 'Config store unavailable'),
    })
    render(<App />)

    expect(await screen.findByTestId('error-banner')).toHaveTextContent('Config store unavailable')
  })
})

describe('home page', () => {
  it('lists characters with their wallet balances', async () => {
    mockFetch({
      ...overviewRoutes(demoPilot.id, staleAlt.id),
      'GET /api/v1/auth/me': { body: me },
      'GET /api/v1/wallet/balance/2112625428': { body: demoBalance },
      'GET /api/v1/wallet/balance/90000001': problem(404, 'Not Found', 'No wallet balance synced'),
    })
    render(<App />)

    await waitFor(() => expect(screen.getAllByTestId('character-row')).toHaveLength(2))
    expect(screen.getByRole('heading', { name: 'EVESeat' })).toBeInTheDocument()
    expect(screen.getByTestId('logout-button')).toBeInTheDocument()

    const demo = rowOf('Demo Pilot')
    expect(demo).not.toHaveTextContent('2112625428')
    expect(demo.querySelector('img')).toHaveAttribute('src',
      'https://images.evetech.net/characters/2112625428/portrait?size=128')
    await waitFor(() =>
      expect(within(demo).getByTestId('wallet-balance')).toHaveTextContent('1,234,567.89 ISK'),
    )
    expect(within(demo).queryByTestId('token-warning')).not.toBeInTheDocument()

    const alt = rowOf('Stale Alt')
    expect(within(alt).getByTestId('token-warning')).toHaveTextContent(
      'Token invalid — log in again',
    )
    expect(screen.getByTestId('add-character')).toHaveAttribute('href', '/api/v1/auth/login')
  })

  it('shows "not synced yet" for a 404 balance instead of an error', async () => {
    mockFetch({
      ...overviewRoutes(demoPilot.id),
      'GET /api/v1/auth/me': { body: { ...me, characters: [demoPilot] } },
      'GET /api/v1/wallet/balance/2112625428': problem(404, 'Not Found', 'No wallet balance synced'),
    })
    render(<App />)

    const balance = await screen.findByTestId('wallet-balance')
    await waitFor(() => expect(balance).toHaveTextContent(/not synced yet/i))
    expect(screen.queryByTestId('error-banner')).not.toBeInTheDocument()
  })

  it('shows a problem+json error in the error banner', async () => {
    mockFetch({
      ...overviewRoutes(demoPilot.id),
      'GET /api/v1/auth/me': { body: { ...me, characters: [demoPilot] } },
      'GET /api/v1/wallet/balance/2112625428': problem(
        503,
        'Service Unavailable',
        'ESI is not reachable right now',
      ),
    })
    render(<App />)

    const banner = await screen.findByTestId('error-banner')
    expect(banner).toHaveTextContent('ESI is not reachable right now')
    expect(banner).toHaveAttribute('role', 'alert')
  })

  it('falls back to the problem title when there is no detail', async () => {
    mockFetch({ 'GET /api/v1/auth/me': problem(500, 'Internal Server Error') })
    render(<App />)

    expect(await screen.findByTestId('error-banner')).toHaveTextContent('Internal Server Error')
  })

  it('syncs a character and reloads its balance', async () => {
    const { calls } = mockFetch({
      ...overviewRoutes(demoPilot.id),
      'GET /api/v1/auth/me': { body: { ...me, characters: [demoPilot] } },
      'GET /api/v1/wallet/balance/2112625428': (call) =>
        call === 0
          ? problem(404, 'Not Found', 'No wallet balance synced')
          : { body: { ...demoBalance, balance: '42000' } },
      'POST /api/v1/wallet/balance/2112625428/sync': {
        body: { status: 'UPDATED', nextDue: '2026-11-25T11:00:00Z' },
      },
    })
    render(<App />)

    const balance = await screen.findByTestId('wallet-balance')
    await waitFor(() => expect(balance).toHaveTextContent(/not synced yet/i))

    await userEvent.click(screen.getByTestId('sync-button'))

    await waitFor(() =>
      expect(screen.getByTestId('wallet-balance')).toHaveTextContent('42,000.00 ISK'),
    )
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Balance updated.')
    expect(walletCalls(calls)).toEqual([
      'GET /api/v1/auth/me',
      'GET /api/v1/wallet/balance/2112625428',
      'POST /api/v1/wallet/balance/2112625428/sync',
      'GET /api/v1/wallet/balance/2112625428',
    ])
  })

  it('logs out and shows the login page', async () => {
    const { calls } = mockFetch({
      ...overviewRoutes(demoPilot.id),
      'GET /api/v1/auth/me': { body: { ...me, characters: [demoPilot] } },
      'GET /api/v1/wallet/balance/2112625428': { body: demoBalance },
      'POST /api/v1/auth/logout': { status: 204 },
      'GET /api/v1/auth/config': { body: configured },
    })
    render(<App />)

    await userEvent.click(await screen.findByTestId('logout-button'))

    expect(await screen.findByTestId('login-button')).toBeInTheDocument()
    expect(screen.queryByTestId('character-row')).not.toBeInTheDocument()
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/auth/logout')).toBe(true)
  })
})
