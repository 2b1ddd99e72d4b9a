import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { AppRoutes } from '../AppRoutes'
import type { Me } from '../api/types'
import { LiveProvider } from '../live/LiveContext'
import { FakeSocket } from './fakeSocket'

export const PILOT = { id: 2112625428, name: 'Demo Pilot', tokenValid: true, scopes: [] }
export const ALT = { id: 90000001, name: 'Alt Pilot', tokenValid: true, scopes: [] }
export const ME: Me = { accountId: 1, admin: false, characters: [PILOT, ALT] }

/** Renders the logged-in app at a path, with the live connection on a FakeSocket the test can play. */
export function renderPage(path: string, me: Me = ME) {
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <LiveProvider>
        <AppRoutes me={me} onLoggedOut={() => undefined} />
      </LiveProvider>
    </MemoryRouter>,
  )
  return { ...view, socket: FakeSocket.latest() }
}
