import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../test/mockFetch'
import { ALT, PILOT, renderPage } from '../test/renderPage'

const contacts = { body: { contacts: [], total: 0, offset: 0, limit: 500 } }

describe('character switcher', () => {
  it('offers the main and its alts and shows the chosen one, remembered', async () => {
    const { calls } = mockFetch({
      [`GET /api/v1/characters/${PILOT.id}/contacts/labels`]: { body: { labels: [] } },
      [`GET /api/v1/characters/${PILOT.id}/contacts?sort=-standing&limit=500`]: contacts,
      [`GET /api/v1/characters/${ALT.id}/contacts/labels`]: { body: { labels: [] } },
      [`GET /api/v1/characters/${ALT.id}/contacts?sort=-standing&limit=500`]: contacts,
    })
    renderPage('/contacts')

    const switcher = screen.getByRole('combobox', { name: 'Character' })
    expect(within(switcher).getAllByRole('option').map((o) => o.textContent)).toEqual(['Demo Pilot', 'Alt Pilot'])
    expect(within(switcher).getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual(['Main', 'Alts'])
    expect(within(within(switcher).getByRole('group', { name: 'Main' })).getByRole('option'))
      .toHaveTextContent('Demo Pilot')
    await screen.findByText(/^No contacts/)
    await userEvent.selectOptions(switcher, String(ALT.id))
    await screen.findByText(/^No contacts/)
    expect(calls.map((c) => c.url)).toContain(`/api/v1/characters/${ALT.id}/contacts?sort=-standing&limit=500`)
    expect(localStorage.getItem('eveseat.character')).toBe(String(ALT.id))
  })

  it('marks the current page in the navigation and links admins to the console', async () => {
    mockFetch({})
    renderPage('/nowhere', { accountId: 1, admin: true, characters: [PILOT] })
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin/')
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current')
  })
})
