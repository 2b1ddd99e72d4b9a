import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/mockFetch'
import { ME, PILOT, renderPage } from '../../test/renderPage'

const victim = { characterId: 95465499, characterName: 'Ava Kestrel', corporationId: 98000001,
  corporationName: 'Kestrel Works', allianceId: null, shipTypeId: 587 }
const stored = { killmailId: 1, killmailTime: '2026-11-25T10:00:00Z', solarSystemId: 30000142,
  solarSystemName: 'Jita', regionName: 'The Forge', victim: { ...victim, shipTypeName: 'Rifter' }, attackerCount: 3 }

describe('killmails page', () => {
  it('shows stored kills and puts pushed ones on top', async () => {
    mockFetch({ 'GET /api/v1/killmails?limit=50': { body: { killmails: [stored] } } })
    const { socket } = renderPage('/killmails')

    expect(await screen.findByText('Rifter')).toBeInTheDocument()
    expect(screen.getByText('Jita · The Forge')).toBeInTheDocument()
    expect(screen.getByText('Ava Kestrel')).toBeInTheDocument()
    expect(screen.getByText('Kill')).toBeInTheDocument() // the victim is none of the account's pilots
    act(() => socket.welcome(1))
    expect(socket.sent).toContainEqual({ action: 'subscribe', topic: 'killmails' })
    await waitFor(() => expect(screen.getAllByText('Live').length).toBeGreaterThan(0))

    act(() => socket.event(2, 'killmails', 'killmail.new', {
      killmailId: 2, killmailTime: '2026-11-25T11:00:00Z', solarSystemId: 30002537, solarSystemName: 'Amamake',
      regionName: 'Heimatar', victim: { ...victim, characterId: null, characterName: null, corporationName: null, shipTypeName: 'Venture' },
      attackerAllianceIds: [], attackerCorporationIds: [],
    }))
    const rows = await screen.findAllByRole('row')
    expect(rows[1]).toHaveTextContent('Venture')
    expect(rows[1]).toHaveTextContent('Unknown corporation')
    expect(rows[1]).not.toHaveTextContent('98000001')
    expect(rows[2]).toHaveTextContent('Rifter')
  })

  it('shows each kill\'s value and sorts by it, and marks the losses of the account\'s pilots and corporations', async () => {
    const kill = (killmailId: number, value: string | null, who: Partial<typeof victim>) => ({ ...stored, killmailId,
      killmailTime: `2026-11-25T1${killmailId}:00:00Z`, value, victim: { ...stored.victim, ...who } })
    mockFetch({ 'GET /api/v1/killmails?limit=50': { body: { killmails: [
      kill(1, '515001.50', {}),
      kill(2, '12000000.00', { characterId: PILOT.id, characterName: 'Demo Pilot' }),
      kill(3, null, { characterId: 90000009, characterName: 'Corp Mate', corporationId: 98000042 }),
    ] } } })
    renderPage('/killmails', { ...ME, characters: [{ ...PILOT, corporationId: 98000042 }] })

    const table = await screen.findByTestId('killmail-list')
    const rows = () => within(table).getAllByRole('row').slice(1)
    expect(rows()[0]).toHaveTextContent('515,001.50 ISK')
    expect(rows()[0]).toHaveTextContent('Kill')
    expect(rows()[1]).toHaveTextContent('12,000,000.00 ISK')
    expect(rows()[1]).toHaveTextContent('Loss')
    expect(rows()[2]).toHaveTextContent('no price')
    expect(rows()[2]).toHaveTextContent('Loss') // a member of the pilot's corporation

    await userEvent.click(within(table).getByRole('button', { name: 'Value' }))
    expect(rows().map((r) => within(r).getAllByRole('cell')[5].textContent)).toEqual(
      ['515,001.50 ISK', '12,000,000.00 ISK', 'no price'])
    await userEvent.click(within(table).getByRole('button', { name: /Value/ }))
    expect(rows()[0]).toHaveTextContent('12,000,000.00 ISK')
    expect(within(table).getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('opens a kill with its attackers, items and a link to zKillboard', async () => {
    mockFetch({
      'GET /api/v1/killmails?limit=50': { body: { killmails: [stored] } },
      'GET /api/v1/killmails/1': { body: { ...stored, victim: { ...stored.victim, damageTaken: 1234, items: [
        { typeId: 2873, typeName: '125mm Gatling AutoCannon I', flag: 27, quantityDestroyed: 1, quantityDropped: 2,
          unitPrice: '5000.50', items: [] },
        { typeId: 33328, typeName: 'Capital Ship Maintenance Bay', flag: 5, quantityDestroyed: 1, quantityDropped: null,
          unitPrice: null, items: [] }] },
      value: { ship: '500000.00', dropped: '10001.00', destroyed: '5000.50', total: '515001.50', unpricedTypes: 1 },
      attackers: [{ characterId: 90000002, characterName: 'Bo Raider', corporationId: 98000002, corporationName: 'Raiders',
        allianceId: null, allianceName: null, shipTypeId: 11176, shipTypeName: 'Crow', weaponTypeId: null,
        weaponTypeName: null, damageDone: 1234, finalBlow: true }] } },
    })
    renderPage('/killmails')

    await userEvent.click(await screen.findByRole('button', { name: /2026-11-25 10:00/ }))
    const details = await screen.findByTestId('killmail-details')
    expect(within(details).getByTestId('attackers')).toHaveTextContent('Bo Raider')
    expect(within(details).getByTestId('attackers')).toHaveTextContent('final blow')
    expect(within(details).getByTestId('killmail-items')).toHaveTextContent('125mm Gatling AutoCannon I')
    const value = within(details).getByTestId('killmail-value')
    expect(value).toHaveTextContent('Total value515,001.50 ISK')
    expect(value).toHaveTextContent('Ship500,000.00 ISK')
    expect(value).toHaveTextContent('Destroyed5,000.50 ISK')
    expect(value).toHaveTextContent('Dropped10,001.00 ISK')
    expect(within(details).getByTestId('unpriced')).toHaveTextContent('1 item type has no market price')
    const rows = within(within(details).getByTestId('killmail-items')).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('15,001.50 ISK') // three guns at 5,000.50, destroyed and dropped
    expect(rows[2]).toHaveTextContent('no price')
    expect(within(details).getByRole('link', { name: 'On zKillboard' })).toHaveAttribute('href',
      'https://zkillboard.com/kill/1/')
  })
})
