import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { LiveSocket, liveUrl, type LiveEvent, type LiveStatus } from './LiveSocket'

const LiveContext = createContext<LiveSocket | null>(null)

interface LiveProviderProps {
  children: ReactNode
  /** Tests hand in a socket on a fake; the app opens one to this server's /ws. */
  socket?: LiveSocket
}

/** Opens the app's one live connection while the logged-in pages are shown. */
export function LiveProvider({ children, socket }: LiveProviderProps) {
  const [live] = useState(() => socket ?? new LiveSocket({ url: liveUrl() }))
  useEffect(() => {
    live.start()
    return () => live.stop()
  }, [live])
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>
}

/** Calls the listener for every event on the topic (none when topic is null or there is no live connection). */
export function useLiveTopic(topic: string | null, listener: (event: LiveEvent) => void): void {
  const live = useContext(LiveContext)
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => {
    if (!live || !topic) return
    return live.subscribe(topic, (event) => latest.current(event))
  }, [live, topic])
}

export function useLiveStatus(): LiveStatus {
  const live = useContext(LiveContext)
  const [status, setStatus] = useState<LiveStatus>(live?.status ?? 'stopped')
  useEffect(() => {
    if (!live) return
    setStatus(live.status)
    return live.onStatus(setStatus)
  }, [live])
  return status
}
