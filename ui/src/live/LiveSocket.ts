/** An event pushed by the server on a topic, numbered so a reconnecting client can resume after the last one. */
export interface LiveEvent {
  id: number
  type: string
  topic: string
  timestamp: string
  payload: Record<string, unknown>
}

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'unauthorized' | 'stopped'

/** The part of the browser's WebSocket this client uses, so tests can hand in a fake. */
export interface SocketLike {
  readyState: number
  onopen: ((event: Event) => void) | null
  onmessage: ((event: MessageEvent) => void) | null
  onclose: ((event: CloseEvent) => void) | null
  send(data: string): void
  close(code?: number): void
}

export interface LiveSocketOptions {
  url: string
  createSocket?: (url: string) => SocketLike
  /** Milliseconds to wait before reconnect attempt n (0-based). */
  backoff?: (attempt: number) => number
  /** A socket silent for this long (no heartbeat) is treated as dead. */
  silenceMs?: number
}

type Listener = (event: LiveEvent) => void

const OPEN = 1
const POLICY_VIOLATION = 1008

export const defaultBackoff = (attempt: number) => Math.min(30_000, 500 * 2 ** attempt)

/**
 * One WebSocket to `/ws` for the whole app: subscribes the topics that have listeners, reconnects with back-off
 * when the connection drops, and on reconnect asks the server to replay what was missed after the last event seen.
 */
export class LiveSocket {
  private readonly listeners = new Map<string, Set<Listener>>()
  private readonly statusListeners = new Set<(status: LiveStatus) => void>()
  private readonly options: Required<LiveSocketOptions>
  private socket: SocketLike | null = null
  private lastEventId: number | null = null
  private attempt = 0
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private silenceTimer: ReturnType<typeof setTimeout> | undefined
  private current: LiveStatus = 'stopped'

  constructor(options: LiveSocketOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url),
      backoff: defaultBackoff,
      silenceMs: 60_000,
      ...options,
    }
  }

  get status(): LiveStatus {
    return this.current
  }

  start(): void {
    if (this.socket) return
    this.setStatus(this.attempt === 0 ? 'connecting' : 'reconnecting')
    const socket = this.options.createSocket(this.options.url)
    this.socket = socket
    socket.onmessage = (message) => this.receive(String(message.data))
    socket.onclose = (event) => this.closed(socket, event.code)
    this.watchSilence()
  }

  stop(): void {
    clearTimeout(this.retryTimer)
    clearTimeout(this.silenceTimer)
    const socket = this.socket
    this.socket = null
    socket?.close(1000)
    this.setStatus('stopped')
  }

  /** Listens to a topic; the returned function stops listening (and unsubscribes when it was the last). */
  subscribe(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic)
    if (!set) {
      set = new Set()
      this.listeners.set(topic, set)
      if (this.current === 'open') this.sendJson({ action: 'subscribe', topic })
    }
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size > 0 || this.listeners.get(topic) !== set) return
      this.listeners.delete(topic)
      if (this.current === 'open') this.sendJson({ action: 'unsubscribe', topic })
    }
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  private receive(text: string): void {
    this.watchSilence()
    let message: { type?: string; id?: number; lastEventId?: number; topic?: string }
    try {
      message = JSON.parse(text)
    } catch {
      return
    }
    if (message.type === 'ws.welcome') this.welcomed(message.lastEventId ?? 0)
    else if (typeof message.id === 'number' && message.topic) this.deliver(message as LiveEvent)
  }

  private welcomed(serverLastEventId: number): void {
    this.attempt = 0
    this.setStatus('open')
    for (const topic of this.listeners.keys()) this.sendJson({ action: 'subscribe', topic })
    // First connection: start from now. Later ones: replay what was missed while away.
    if (this.lastEventId === null) this.lastEventId = serverLastEventId
    else this.sendJson({ action: 'resume', lastEventId: this.lastEventId })
  }

  private deliver(event: LiveEvent): void {
    if (this.lastEventId !== null && event.id <= this.lastEventId) return // already seen before a replay
    this.lastEventId = event.id
    this.listeners.get(event.topic)?.forEach((listener) => listener(event))
  }

  private closed(socket: SocketLike, code: number): void {
    if (socket !== this.socket) return
    this.socket = null
    clearTimeout(this.silenceTimer)
    if (code === POLICY_VIOLATION) {
      this.setStatus('unauthorized')
      return
    }
    this.setStatus('reconnecting')
    this.retryTimer = setTimeout(() => this.start(), this.options.backoff(this.attempt++))
  }

  private watchSilence(): void {
    clearTimeout(this.silenceTimer)
    const socket = this.socket
    this.silenceTimer = setTimeout(() => {
      if (socket !== this.socket || !socket) return
      socket.close(4000)
      this.closed(socket, 4000)
    }, this.options.silenceMs)
  }

  private sendJson(message: object): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message))
  }

  private setStatus(status: LiveStatus): void {
    this.current = status
    this.statusListeners.forEach((listener) => listener(status))
  }
}

/** The `/ws` address of the server that served the page. */
export function liveUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`
}
