import { configure } from '@testing-library/react'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { FakeSocket } from './fakeSocket'

beforeEach(() => {
  // The app opens /ws when logged in; tests play the server through FakeSocket.
  FakeSocket.created = []
  vi.stubGlobal('WebSocket', FakeSocket)
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  localStorage.clear()
})

// Pages load as chunks of their own on first use: the first find of a page waits for its module to load.
configure({ asyncUtilTimeout: 5000 })
