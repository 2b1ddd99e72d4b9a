import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { PILOT, renderPage } from '../../test/renderPage'

const MAIL = `/api/v1/characters/${PILOT.id}/mail`

const header = { mailId: 7, from: 95465499, fromName: 'Ava Kestrel', subject: 'Fuel', timestamp: '2026-11-25T10:00:00Z', read: false,
  labels: [1], recipients: [{ id: PILOT.id, type: 'character', name: 'Demo Pilot' }, { id: 98000001, type: 'corporation', name: null }] }

function mailRoutes(extra = {}) {
  return {
    [`GET ${MAIL}/labels`]: {
      body: { labels: [{ labelId: 1, name: 'Inbox', color: '#ffffff', unreadCount: 1 }], totalUnreadCount: 1 },
    },
    [`GET ${MAIL}`]: { body: { mails: [header], next: null } },
    [`GET ${MAIL}/lists`]: { body: { mailingLists: [{ mailingListId: 145000001, name: 'Jita traders' }] } },
    ...extra,
  }
}

describe('mail page', () => {
  it('lists labels and mail, and opens a mail with its sanitized body, marking it read', async () => {
    const { calls } = mockFetch(
      mailRoutes({
        [`GET ${MAIL}/7`]: { body: { ...header, body: '<b>Bold</b> fuel is in the hangar' } },
        [`PUT ${MAIL}/7`]: { status: 204 },
        [`GET ${MAIL}?label=1`]: { body: { mails: [], next: null } },
      }),
    )
    renderPage('/mail')

    const labels = await screen.findByRole('navigation', { name: 'Mail labels' })
    expect(await within(labels).findByRole('button', { name: /Inbox/ })).toHaveTextContent('1')
    const unread = await screen.findByTestId('mail-header')
    expect(unread).toHaveClass('unread')
    await userEvent.click(unread)

    expect(unread).toHaveTextContent('from Ava Kestrel')
    const body = await screen.findByTestId('mail-body')
    expect(screen.getByTestId('mail-reader')).toHaveTextContent('to Demo Pilot, Unknown corporation')
    expect(screen.getByTestId('mail-reader')).not.toHaveTextContent('98000001')
    expect(screen.getByRole('link', { name: 'Link to this mail' })).toHaveAttribute('href', '/mail/7')
    expect(body.querySelector('b')).toHaveTextContent('Bold')
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.url === `${MAIL}/7`)).toBe(true))
    await waitFor(() => expect(screen.getByTestId('mail-header')).not.toHaveClass('unread'))

    await userEvent.click(within(labels).getByRole('button', { name: /Inbox/ }))
    expect(await screen.findByText('No mail here.')).toBeInTheDocument()
  })

  it('composes with recipients found by name, any pilot by exact name, by keyboard, and sends', async () => {
    const { fetchMock } = mockFetch(mailRoutes({ [`POST ${MAIL}`]: { status: 201, body: { mailId: 99 } },
      'GET /api/v1/universe/ids?name=ava+kestrel': { body: { results: [
        { id: 95465499, name: 'Ava Kestrel', category: 'character' }, { id: 587, name: 'Rifter', category: 'inventory_type' }] } } }))
    renderPage('/mail')

    await userEvent.click(await screen.findByTestId('compose'))
    const search = screen.getByRole('combobox', { name: 'Add recipient' })
    await userEvent.type(search, 'jita')
    expect(await screen.findByRole('option', { name: /Jita traders/ })).toHaveAttribute('aria-selected', 'true')
    await userEvent.keyboard('{Enter}')
    await userEvent.type(search, 'ava kestrel')
    expect(await screen.findByRole('option', { name: /Ava Kestrel/ })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: /Rifter/ })).toBeNull()
    await userEvent.keyboard('{Enter}')
    const recipients = screen.getByRole('list', { name: 'Recipients' })
    expect(recipients).toHaveTextContent('Jita traders')
    expect(recipients).toHaveTextContent('Ava Kestrel')

    await userEvent.type(screen.getByLabelText('Subject'), 'Fleet')
    await userEvent.type(screen.getByLabelText('Message'), 'Tonight')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))

    expect(await screen.findByTestId('mail-sent')).toBeInTheDocument()
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      recipients: [{ id: 145000001, type: 'mailing_list' }, { id: 95465499, type: 'character' }],
      subject: 'Fleet', body: 'Tonight', approvedCost: 0,
    })
  })

  it('shows why a mail could not be sent', async () => {
    mockFetch(mailRoutes({ [`POST ${MAIL}`]: problem(409, 'Conflict', 'CSPA charge of 5000 ISK not approved') }))
    renderPage('/mail')

    await userEvent.click(await screen.findByTestId('compose'))
    await userEvent.type(screen.getByRole('combobox', { name: 'Add recipient' }), 'jita')
    await screen.findByRole('option', { name: /Jita traders/ })
    await userEvent.keyboard('{Enter}')
    await userEvent.type(screen.getByLabelText('Subject'), 's')
    await userEvent.type(screen.getByLabelText('Message'), 'b')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('CSPA charge of 5000 ISK not approved')
  })

  it('deletes the open mail in EVE and reads the list again', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const { calls } = mockFetch(mailRoutes({
      [`GET ${MAIL}/7`]: { body: { ...header, read: true, body: 'gone soon' } },
      [`DELETE ${MAIL}/7`]: { status: 204 },
    }))
    renderPage('/mail/7')

    expect(await screen.findByTestId('mail-body')).toHaveTextContent('gone soon')
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }))

    expect(await screen.findByText('Choose a mail to read it.')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1)
    expect(calls.filter((c) => c.method === 'GET' && c.url === MAIL).length).toBeGreaterThan(1)
  })

  it('draws the translated EVE formatting and follows its in-app links', async () => {
    mockFetch(mailRoutes({
      [`GET ${MAIL}/7`]: { body: { ...header, read: true, body: '<span style="font-size:12px;color:rgba(0,255,0,1);">'
        + 'Green</span> <a href="/info/character/95465499">Ava</a> <a href="https://zkillboard.com/kill/1/" '
        + 'target="_blank" rel="noopener noreferrer" title="Opens zkillboard.com in a new tab">kill</a>' } },
      'GET /api/v1/universe/names?id=95465499': { body: { names: [{ id: 95465499, name: 'Ava Kestrel', category: 'character' }] } },
    }))
    renderPage('/mail/7')

    const body = await screen.findByTestId('mail-body')
    expect(within(body).getByText('Green')).toHaveStyle({ fontSize: '12px', color: 'rgba(0, 255, 0, 1)' })
    expect(within(body).getByRole('link', { name: 'kill' })).toHaveAttribute('title', 'Opens zkillboard.com in a new tab')
    await userEvent.click(within(body).getByRole('link', { name: 'Ava' }))

    const info = await screen.findByTestId('info')
    expect(info).toHaveTextContent('Ava Kestrel')
    expect(within(info).getByRole('link', { name: 'Kills and losses on zKillboard' }))
      .toHaveAttribute('href', 'https://zkillboard.com/character/95465499/')
  })

  it('creates and deletes labels in EVE', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const { calls, fetchMock } = mockFetch(mailRoutes({
      [`GET ${MAIL}/labels`]: (call: number) => ({ body: { labels: [{ labelId: 1, name: 'Inbox', color: '#ffffff', unreadCount: 1 },
        ...(call > 0 ? [{ labelId: 256, name: 'Fleet', color: '#ff6600', unreadCount: 0 }] : [])], totalUnreadCount: 1 } }),
      [`POST ${MAIL}/labels`]: { status: 201, body: { labelId: 256, name: 'Fleet', color: '#ffffff', unreadCount: 0 } },
      [`DELETE ${MAIL}/labels/256`]: { status: 204 },
    }))
    renderPage('/mail')

    const labels = await screen.findByRole('navigation', { name: 'Mail labels' })
    expect(within(labels).queryByRole('button', { name: 'Delete label Inbox' })).toBeNull()
    await userEvent.type(within(labels).getByLabelText('Label name'), 'Fleet')
    await userEvent.click(within(labels).getByRole('button', { name: 'Add' }))
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ name: 'Fleet' })

    await userEvent.click(await within(labels).findByRole('button', { name: 'Delete label Fleet' }))
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === `${MAIL}/labels/256`)).toBe(true))
  })
})
