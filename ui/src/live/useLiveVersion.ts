import { useState } from 'react'
import type { LiveEvent } from './LiveSocket'
import { useLiveTopic } from './LiveContext'

/**
 * A number that goes up with every event on the topic, for pages that reload what they show when it changes,
 * and the last such event (to tell the user what happened).
 */
export function useLiveVersion(topic: string | null) {
  const [state, setState] = useState<{ version: number; last: LiveEvent | null }>({ version: 0, last: null })
  useLiveTopic(topic, (event) => setState((s) => ({ version: s.version + 1, last: event })))
  return state
}
