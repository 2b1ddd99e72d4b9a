import type { SocketLike } from '../live/LiveSocket'

/** A WebSocket stand-in: records what the client sends, and lets a test play the server. */
export class FakeSocket implements SocketLike {
  static created: FakeSocket[] = []
  readyState = 0
  onopen: ((event: Event) => void) | null = null
  onmessage: ((event: MessageEvent) => void) | null = null
  onclose: ((event: CloseEvent) => void) | null = null
  readonly sent: Record<string, unknown>[] = []
  closedWith: number | undefined

  readonly url: string

  constructor(url: string) {
    this.url = url
    FakeSocket.created.push(this)
  }

  static latest(): FakeSocket {
    const socket = FakeSocket.created.at(-1)
    if (!socket) throw new Error('no socket was opened')
    return socket
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data))
  }

  close(code?: number): void {
    this.closedWith = code
    this.readyState = 3
  }

  /** The server accepts the connection and greets it. */
  welcome(lastEventId: number): void {
    this.readyState = 1
    this.onopen?.(new Event('open'))
    this.push({ type: 'ws.welcome', accountId: 1, lastEventId })
  }

  push(message: object): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }))
  }

  event(id: number, topic: string, type: string, payload: Record<string, unknown> = {}): void {
    this.push({ id, type, topic, timestamp: '2026-11-25T10:00:00Z', payload })
  }

  /** The server (or the network) ends the connection. */
  drop(code = 1006): void {
    this.readyState = 3
    this.onclose?.(new CloseEvent('close', { code }))
  }
}
