import { useEffect, useState } from 'react'
import { errorMessage } from '../api/client'

/** Typing pauses this long before the server is asked, so a word typed fast is one request. */
const PAUSE_MS = 150

/**
 * Asks the server for what matches the text once typing pauses (at least 2 characters), keeping the latest answer
 * and a message when nothing matched (`none` says it) or the request failed. Late answers of older text are dropped.
 */
export function useSearch<T>(text: string, search: (query: string) => Promise<T[]>, none: (query: string) => string) {
  const [found, setFound] = useState<T[]>([])
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    const query = text.trim()
    if (query.length < 2) {
      setFound([])
      setMessage(null)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      search(query).then(
        (results) => {
          if (!current) return
          setFound(results)
          setMessage(results.length === 0 ? none(query) : null)
        },
        (error: unknown) => current && setMessage(errorMessage(error)),
      )
    }, PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text])
  return { found, message }
}
