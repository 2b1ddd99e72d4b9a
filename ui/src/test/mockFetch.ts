import { vi } from 'vitest'

export interface MockResponse {
  status?: number
  /** Serialised as JSON unless it is a string. */
  body?: unknown
  contentType?: string
}

type Route = MockResponse | ((call: number) => MockResponse)

export interface RecordedCall {
  method: string
  url: string
  credentials: RequestCredentials | undefined
}

/** A problem+json response as the EVESeat API sends it (RFC 9457). */
export function problem(status: number, title: string, detail?: string): MockResponse {
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, ...(detail === undefined ? {} : { detail }) },
  }
}

/**
 * Replaces the global fetch with one that answers from the given routes,
 * keyed by "METHOD /path". Unknown routes reject, so a test notices calls it did not expect.
 */
export function mockFetch(routes: Record<string, Route>) {
  const calls: RecordedCall[] = []
  const counts = new Map<string, number>()

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init?.method ?? 'GET').toUpperCase()
    const key = `${method} ${url}`
    calls.push({ method, url, credentials: init?.credentials })

    const route = routes[key]
    if (route === undefined) throw new Error(`Unexpected request: ${key}`)
    const call = counts.get(key) ?? 0
    counts.set(key, call + 1)
    const spec = typeof route === 'function' ? route(call) : route

    const status = spec.status ?? 200
    if (status === 204) return new Response(null, { status })
    const text = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body ?? {})
    return new Response(text, {
      status,
      headers: { 'Content-Type': spec.contentType ?? 'application/json' },
    })
  })

  vi.stubGlobal('fetch', fetchMock)
  return { fetchMock, calls }
}
