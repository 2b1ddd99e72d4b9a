import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeSocket } from '../test/fakeSocket'
import { defaultBackoff, LiveSocket, type LiveEvent } from './LiveSocket'

function client() {
  return new LiveSocket({ url: 'ws://eveseat.test/ws', createSocket: (url) => new FakeSocket(url) })
}

describe('LiveSocket', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('subscribes the topics that have listeners once welcomed and delivers their events', () => {
    const live = client()
    const seen: LiveEvent[] = []
    live.subscribe('character.7.wallet', (e) => seen.push(e))
    live.start()
    const socket = FakeSocket.latest()
    expect(socket.url).toBe('ws://eveseat.test/ws')
    expect(live.status).toBe('connecting')

    socket.welcome(40)
    expect(live.status).toBe('open')
    expect(socket.sent).toEqual([{ action: 'subscribe', topic: 'character.7.wallet' }])

    socket.event(41, 'character.7.wallet', 'wallet.journal', { added: 2 })
    socket.event(42, 'killmails', 'killmail.new')
    expect(seen.map((e) => [e.id, e.type, e.payload])).toEqual([[41, 'wallet.journal', { added: 2 }]])
  })

  it('subscribes and unsubscribes on an open connection as listeners come and go', () => {
    const live = client()
    live.start()
    const socket = FakeSocket.latest()
    socket.welcome(0)
    const first = live.subscribe('killmails', () => undefined)
    const second = live.subscribe('killmails', () => undefined)
    first()
    expect(socket.sent).toEqual([{ action: 'subscribe', topic: 'killmails' }])
    second()
    expect(socket.sent.at(-1)).toEqual({ action: 'unsubscribe', topic: 'killmails' })
  })

  it('reconnects with growing back-off and resumes after the last event it saw', () => {
    const live = client()
    const seen: number[] = []
    live.subscribe('character.7.mail', (e) => seen.push(e.id))
    live.start()
    const first = FakeSocket.latest()
    first.welcome(10)
    first.event(11, 'character.7.mail', 'mail.new')
    first.drop()
    expect(live.status).toBe('reconnecting')

    vi.advanceTimersByTime(defaultBackoff(0) - 1)
    expect(FakeSocket.created).toHaveLength(1)
    vi.advanceTimersByTime(1)
    const second = FakeSocket.latest()
    expect(second).not.toBe(first)
    second.drop()
    vi.advanceTimersByTime(defaultBackoff(1))
    const third = FakeSocket.latest()
    expect(FakeSocket.created).toHaveLength(3)

    third.welcome(15)
    expect(third.sent).toEqual([
      { action: 'subscribe', topic: 'character.7.mail' },
      { action: 'resume', lastEventId: 11 },
    ])
    // the replay, then a duplicate of one seen before the drop, then a new one
    third.event(12, 'character.7.mail', 'mail.new')
    third.event(11, 'character.7.mail', 'mail.new')
    third.push({ type: 'ws.resumed', replayed: 1, complete: true })
    third.event(13, 'character.7.mail', 'mail.new')
    expect(seen).toEqual([11, 12, 13])
  })

  it('starts from the server position on the first connection, without a resume', () => {
    const live = client()
    live.subscribe('killmails', () => undefined)
    live.start()
    FakeSocket.latest().welcome(99)
    expect(FakeSocket.latest().sent.some((m) => m.action === 'resume')).toBe(false)
  })

  it('resets the back-off after a successful connection', () => {
    const live = client()
    live.start()
    FakeSocket.latest().drop()
    vi.advanceTimersByTime(defaultBackoff(0))
    FakeSocket.latest().drop()
    vi.advanceTimersByTime(defaultBackoff(1))
    FakeSocket.latest().welcome(0)
    FakeSocket.latest().drop()
    vi.advanceTimersByTime(defaultBackoff(0))
    expect(FakeSocket.created).toHaveLength(4)
  })

  it('gives up when the server refuses the session (1008) and reports it', () => {
    const live = client()
    const statuses: string[] = []
    live.onStatus((s) => statuses.push(s))
    live.start()
    FakeSocket.latest().drop(1008)
    vi.advanceTimersByTime(60_000)
    expect(FakeSocket.created).toHaveLength(1)
    expect(statuses).toEqual(['connecting', 'unauthorized'])
  })

  it('treats a connection silent past the heartbeat window as dead', () => {
    const live = client()
    live.start()
    const socket = FakeSocket.latest()
    socket.welcome(0)
    vi.advanceTimersByTime(59_000)
    socket.push({ type: 'ws.heartbeat', timestamp: 'x' })
    vi.advanceTimersByTime(59_000)
    expect(FakeSocket.created).toHaveLength(1)
    vi.advanceTimersByTime(1_000)
    expect(socket.closedWith).toBe(4000)
    vi.advanceTimersByTime(defaultBackoff(0))
    expect(FakeSocket.created).toHaveLength(2)
  })

  it('stops for good: no reconnect after stop', () => {
    const live = client()
    live.start()
    const socket = FakeSocket.latest()
    socket.welcome(0)
    live.stop()
    expect(socket.closedWith).toBe(1000)
    socket.drop(1000)
    vi.advanceTimersByTime(60_000)
    expect(FakeSocket.created).toHaveLength(1)
    expect(live.status).toBe('stopped')
  })

  it('caps the back-off at 30 seconds', () => {
    expect(defaultBackoff(0)).toBe(500)
    expect(defaultBackoff(3)).toBe(4000)
    expect(defaultBackoff(20)).toBe(30_000)
  })
})
