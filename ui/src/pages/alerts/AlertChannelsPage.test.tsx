import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '../../test/mockFetch'
import { renderPage } from '../../test/renderPage'
// loaded up front: the app loads the pages lazily, which would outlast the queries' waits on a busy machine
import './AlertChannelsPage'

const LIST = 'GET /api/v1/alert-channels'
const OPS = {
  id: 7, kind: 'discord', name: 'Corp ops', webhook: 'https://discord.com/api/webhooks/123/…',
  createdAt: '2026-12-07T20:00:00Z', lastDelivery: { status: 'NEVER', at: null, detail: null },
}
const TRADE = {
  id: 8, kind: 'slack', name: 'Trade', webhook: 'https://hooks.slack.com/services/T1/B2/…',
  createdAt: '2026-12-07T20:05:00Z',
  lastDelivery: { status: 'GONE', at: '2026-12-07T21:00:00Z', detail: 'Slack answered 404: no_service' },
}

function bodies(fetchMock: ReturnType<typeof mockFetch>['fetchMock'], method: string) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === method).map(([url, init]) => [url, init?.body])
}

describe('alert channels', () => {
  it('lists the channels with their masked webhook and how the last post went', async () => {
    mockFetch({ [LIST]: { body: [OPS, TRADE] } })
    renderPage('/alerts')
    const rows = within(await screen.findByTestId('alert-channels')).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('Corp ops')
    expect(rows[1]).toHaveTextContent('Discord')
    expect(rows[1]).toHaveTextContent('https://discord.com/api/webhooks/123/…')
    expect(within(rows[1]).getByTestId('channel-delivery')).toHaveTextContent('Nothing posted yet')
    expect(within(rows[2]).getByTestId('channel-delivery')).toHaveTextContent('Webhook gone')
    expect(rows[2]).toHaveTextContent('Slack answered 404: no_service')
    expect(screen.getByRole('link', { name: 'Alerts' })).toHaveAttribute('aria-current', 'page')
  })

  it('adds a channel, tests it and removes it', async () => {
    const { fetchMock } = mockFetch({
      [LIST]: { body: [] },
      'POST /api/v1/alert-channels': { status: 201, body: OPS },
      'POST /api/v1/alert-channels/7/test': { body: { status: 'DELIVERED', at: '2026-12-07T22:00:00Z', detail: null } },
      'DELETE /api/v1/alert-channels/7': { status: 204 },
    })
    const user = userEvent.setup()
    renderPage('/alerts')
    expect(await screen.findByTestId('channels-empty')).toHaveTextContent('alerts show only in this app')

    await user.selectOptions(screen.getByTestId('channel-kind'), 'slack')
    expect(screen.getByTestId('channel-help')).toHaveTextContent('Incoming Webhooks')
    await user.selectOptions(screen.getByTestId('channel-kind'), 'discord')
    await user.type(screen.getByTestId('channel-name'), 'Corp ops')
    await user.type(screen.getByTestId('channel-webhook'), 'https://discord.com/api/webhooks/123/secret')
    await user.click(screen.getByRole('button', { name: 'Add channel' }))

    expect(await screen.findByTestId('alert-channels')).toHaveTextContent('Corp ops')
    expect(JSON.parse(String(bodies(fetchMock, 'POST')[0][1]))).toEqual({
      kind: 'discord', name: 'Corp ops', webhook: 'https://discord.com/api/webhooks/123/secret',
    })
    expect(screen.getByTestId('channel-name')).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Post a test message to Corp ops' }))
    expect(await screen.findByTestId('channel-notice')).toHaveTextContent('Corp ops: Delivered')
    expect(screen.getByTestId('channel-delivery')).toHaveTextContent('Delivered')

    await user.click(screen.getByRole('button', { name: 'Remove Corp ops' }))
    expect(await screen.findByTestId('channels-empty')).toBeInTheDocument()
    expect(bodies(fetchMock, 'DELETE')[0][0]).toBe('/api/v1/alert-channels/7')
  })

  it('shows the problem the server reports and keeps what was typed', async () => {
    mockFetch({
      [LIST]: { body: [] },
      'POST /api/v1/alert-channels': problem(400, 'Bad Request', 'a slack webhook address starts with https://hooks.slack.com/services/'),
    })
    const user = userEvent.setup()
    renderPage('/alerts')
    await screen.findByTestId('channels-empty')
    await user.selectOptions(screen.getByTestId('channel-kind'), 'slack')
    await user.type(screen.getByTestId('channel-name'), 'Trade')
    await user.type(screen.getByTestId('channel-webhook'), 'https://example.com/hook')
    await user.click(screen.getByRole('button', { name: 'Add channel' }))

    expect(await screen.findByTestId('error-banner')).toHaveTextContent('a slack webhook address starts with')
    await waitFor(() => expect(screen.getByTestId('channel-webhook')).toHaveValue('https://example.com/hook'))
  })
})
