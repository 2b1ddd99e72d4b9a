import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CharacterStatus } from '../../api/characters'
import { mockFetch, problem } from '../../test/mockFetch'
import { CharacterStatusView } from './CharacterStatusView'

const ID = 2112625428
const PATH = `GET /api/v1/characters/${ID}/status`

const DOCKED: CharacterStatus = {
  characterId: ID,
  corporationId: 98000001,
  corporationName: 'Demo Corp',
  allianceId: 99000001,
  allianceName: 'Demo Alliance',
  location: {
    state: 'ok',
    expires: '2026-12-07T12:00:05Z',
    value: {
      systemId: 30000142, systemName: 'Jita', security: 0.946, regionId: 10000002, regionName: 'The Forge',
      dockedId: 60003760, dockedName: 'Jita IV - Moon 4 - Caldari Navy Assembly Plant', structure: false,
    },
  },
  ship: { state: 'ok', expires: '2026-12-07T12:00:05Z', value: { typeId: 587, typeName: 'Rifter', itemId: 1, name: 'Scout' } },
  online: {
    state: 'ok', expires: '2026-12-07T12:01:00Z',
    value: { online: true, lastLogin: '2026-12-07T10:00:00Z', lastLogout: null, logins: 12 },
  },
  skillPoints: { state: 'ok', expires: '2026-12-07T12:01:00Z', value: { total: 5256000, unallocated: 40000 } },
  lastSync: '2026-12-07T11:50:00Z',
}

describe('a character status on the overview', () => {
  it('shows corporation, location with security, ship, online state, skill points and last sync by name', async () => {
    mockFetch({ [PATH]: { body: DOCKED } })
    render(<CharacterStatusView characterId={ID} />)

    expect(await screen.findByTestId('status-corporation')).toHaveTextContent('Demo Corp')
    expect(screen.getByTestId('status-corporation')).toHaveTextContent('Demo Alliance')
    const location = screen.getByTestId('status-location')
    expect(location).toHaveTextContent('0.9 Jita (The Forge)')
    expect(location).toHaveTextContent('Docked in Jita IV - Moon 4 - Caldari Navy Assembly Plant')
    expect(within(location).getByText('0.9')).toHaveStyle({ color: 'rgb(72, 240, 192)' })
    expect(screen.getByTestId('status-ship')).toHaveTextContent('Rifter “Scout”')
    expect(screen.getByTestId('status-ship').querySelector('img')?.getAttribute('src'))
      .toBe('https://images.evetech.net/types/587/icon?size=64')
    expect(screen.getByTestId('status-online')).toHaveTextContent('Online · last login 2026-12-07 10:00 EVE')
    expect(screen.getByTestId('status-skills')).toHaveTextContent('5,256,000 SP (+40,000 unallocated)')
    expect(screen.getByTestId('status-last-sync')).toHaveTextContent('2026-12-07 11:50 EVE')
    expect(screen.queryByText(/30000142|587/)).toBeNull()
  })

  it('names the scope to grant and says when ESI could not answer', async () => {
    mockFetch({
      [PATH]: {
        body: {
          ...DOCKED,
          allianceId: null,
          allianceName: null,
          location: { state: 'notGranted', missingScope: 'esi-location.read_location.v1' },
          ship: { state: 'unavailable', reason: 'ESI did not answer: 503' },
          online: {
            state: 'ok', expires: '2026-12-07T12:01:00Z',
            value: { online: false, lastLogin: null, lastLogout: null, logins: null },
          },
          lastSync: null,
        },
      },
    })
    render(<CharacterStatusView characterId={ID} />)

    expect(await screen.findByTestId('status-location'))
      .toHaveTextContent('Grant esi-location.read_location.v1 to see this (log in again)')
    expect(within(screen.getByTestId('status-location')).getByRole('link')).toHaveAttribute('href', '/api/v1/auth/login')
    expect(screen.getByTestId('status-ship')).toHaveTextContent('Not available right now')
    expect(screen.getByTestId('status-ship').querySelector('[title]')).toHaveAttribute('title', 'ESI did not answer: 503')
    expect(screen.getByTestId('status-online')).toHaveTextContent(/^Offline$/)
    expect(screen.getByTestId('status-last-sync')).toHaveTextContent('Not synced yet')
    expect(screen.getByTestId('status-corporation')).not.toHaveTextContent('alliance')
  })

  it('names an unseen structure and a system the static data does not know without showing ids', async () => {
    mockFetch({
      [PATH]: {
        body: {
          ...DOCKED,
          location: {
            state: 'ok', expires: '2026-12-07T12:00:05Z',
            value: {
              systemId: 31000005, systemName: null, security: null, regionId: null, regionName: null,
              dockedId: 1035466617946, dockedName: null, structure: true,
            },
          },
        },
      },
    })
    render(<CharacterStatusView characterId={ID} />)

    expect(await screen.findByTestId('status-location')).toHaveTextContent(/^Unknown system/)
    expect(screen.getByTestId('status-location')).toHaveTextContent('Docked in a structure you cannot see')
    expect(screen.queryByText(/31000005|1035466617946/)).toBeNull()
  })

  it('offers a retry when the status cannot be read', async () => {
    const { calls } = mockFetch({
      [PATH]: (call) => (call === 0 ? problem(503, 'Service Unavailable', 'try later') : { body: DOCKED }),
    })
    render(<CharacterStatusView characterId={ID} />)

    expect(await screen.findByTestId('status-error')).toHaveTextContent('Status not available')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByTestId('status-ship')).toHaveTextContent('Rifter')
    expect(calls).toHaveLength(2)
  })
})
