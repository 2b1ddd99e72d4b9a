import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { PILOT, renderPage } from '../../test/renderPage'

const CONTACTS = `/api/v1/characters/${PILOT.id}/contacts`
const friend = { contactId: 95465499, name: 'Ava Kestrel', type: 'character', standing: 10, labels: [3], watched: true, blocked: false }
const foe = { contactId: 98000001, name: null, type: 'corporation', standing: -10, labels: [], watched: null, blocked: null }

describe('contacts page', () => {
  it('lists contacts with standings and label names, and filters by type', async () => {
    mockFetch({
      [`GET ${CONTACTS}/labels`]: { body: { labels: [{ labelId: 3, name: 'Fleet' }] } },
      [`GET ${CONTACTS}?sort=-standing&limit=500`]: { body: { contacts: [friend, foe], total: 2, offset: 0, limit: 500 } },
      [`GET ${CONTACTS}?sort=-standing&type=corporation&limit=500`]: {
        body: { contacts: [foe], total: 1, offset: 0, limit: 500 },
      },
    })
    renderPage('/contacts')

    const rows = await screen.findAllByTestId('contact-row')
    expect(rows[0]).toHaveTextContent('Ava Kestrel')
    expect(rows[1]).toHaveTextContent('Unknown corporation')
    expect(screen.getByTestId('contacts')).not.toHaveTextContent('98000001')
    expect(rows[0]).toHaveTextContent('Fleet')
    expect(within(rows[0]).getByText('watched')).toBeInTheDocument()
    expect(within(rows[1]).getByText('-10.0')).toHaveClass('terrible')

    await userEvent.selectOptions(screen.getByLabelText('Type'), 'corporation')
    await waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1))
  })

  it('shows a failure with a retry', async () => {
    mockFetch({
      [`GET ${CONTACTS}/labels`]: { body: { labels: [] } },
      [`GET ${CONTACTS}?sort=-standing&limit=500`]: (call) =>
        call === 0 ? problem(500, 'Internal Server Error') : { body: { contacts: [], total: 0, offset: 0, limit: 500 } },
    })
    renderPage('/contacts')
    expect(await screen.findByRole('alert')).toHaveTextContent('Internal Server Error')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText(/^No contacts/)).toBeInTheDocument()
  })

  it('adds a contact by exact name, changes a standing and removes contacts', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const { calls, fetchMock } = mockFetch({
      [`GET ${CONTACTS}/labels`]: { body: { labels: [] } },
      [`GET ${CONTACTS}?sort=-standing&limit=500`]: { body: { contacts: [friend, foe], total: 2, offset: 0, limit: 500 } },
      'GET /api/v1/universe/ids?name=Bo+Raider': { body: { results: [{ id: 90000009, name: 'Bo Raider', category: 'character' }] } },
      [`POST ${CONTACTS}`]: { status: 201, body: { added: [90000009] } },
      [`PUT ${CONTACTS}`]: { status: 204 },
      [`DELETE ${CONTACTS}?contactIds=98000001`]: { status: 204 },
    })
    renderPage('/contacts')

    const form = await screen.findByRole('form', { name: 'Add contact' })
    await userEvent.type(within(form).getByLabelText('Name'), 'Bo Raider')
    await userEvent.selectOptions(within(form).getByLabelText('Standing'), '-10')
    await userEvent.click(within(form).getByRole('button', { name: 'Add contact' }))
    expect(await within(form).findByRole('status')).toHaveTextContent('Bo Raider added.')
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ contactIds: [90000009], standing: -10, watched: false })

    await userEvent.selectOptions(screen.getByLabelText('Standing of Ava Kestrel'), '5')
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true))

    await userEvent.click(screen.getByRole('button', { name: 'Remove Unknown corporation' }))
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true))
  })
})
