import type { AuthConfig, Me, Problem, SyncResult, WalletBalance } from './types'

/** Where the browser goes to start the EVE SSO flow (also links additional characters). */
export const LOGIN_PATH = '/api/v1/auth/login'

/** An API call that answered with a non-success status. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null

  constructor(status: number, problem: Problem | null) {
    super(problemMessage(status, problem))
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

/** The text to show for a problem: its detail, else its title, else the HTTP status. */
export function problemMessage(status: number, problem: Problem | null): string {
  const detail = problem?.detail?.trim()
  if (detail) return detail
  const title = problem?.title?.trim()
  if (title) return title
  return `Request failed with HTTP status ${status}`
}

/** The message to show for any error thrown by the API functions. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

async function readProblem(response: Response): Promise<Problem | null> {
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.includes('json')) return null
  try {
    const body: unknown = await response.json()
    return body !== null && typeof body === 'object' ? (body as Problem) : null
  } catch {
    return null
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

async function request(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response))
  }
  return response
}

/** Calls the API and parses its JSON answer; a non-success status throws an ApiError. */
export async function requestJson<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body)
  return (await response.json()) as T
}

/** Calls the API for its side effect (e.g. a 204 answer). */
export async function send(method: Method, path: string, body?: unknown): Promise<void> {
  await request(method, path, body)
}

/** Builds "path?a=1&b=2" from the defined, non-empty parameters. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value))
  }
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** The logged-in account, or null when not logged in (HTTP 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestJson<Me>('GET', '/api/v1/auth/me')
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    throw error
  }
}

export function fetchAuthConfig(): Promise<AuthConfig> {
  return requestJson<AuthConfig>('GET', '/api/v1/auth/config')
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/v1/auth/logout')
  } catch (error) {
    // A session that is already gone is as good as logged out.
    if (error instanceof ApiError && error.status === 401) return
    throw error
  }
}

/** The character's last synced wallet balance, or null when it was never synced (HTTP 404). */
export async function fetchWalletBalance(characterId: number): Promise<WalletBalance | null> {
  try {
    return await requestJson<WalletBalance>('GET', `/api/v1/wallet/balance/${characterId}`)
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export function syncWalletBalance(characterId: number): Promise<SyncResult> {
  return requestJson<SyncResult>('POST', `/api/v1/wallet/balance/${characterId}/sync`)
}
