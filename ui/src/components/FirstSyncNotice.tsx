import { useEffect, useState } from 'react'
import { fetchMe } from '../api/client'
import type { FirstSync } from '../api/types'
import { useCharacters } from '../character/CharacterContext'

/** How often the notice asks the server again while a first sync runs. */
const FIRST_SYNC_POLL_MS = 5000

/**
 * Says "first sync running" for the character the pages show until each endpoint its token covers has synced
 * once, so that empty pages right after a login read as "still coming" rather than "nothing there". Meanwhile it
 * asks the server again every few seconds.
 */
export function FirstSyncNotice() {
  const { character } = useCharacters()
  const [progress, setProgress] = useState<FirstSync | undefined>(character?.firstSync)

  useEffect(() => setProgress(character?.firstSync), [character])

  useEffect(() => {
    if (!character || !progress?.running) return
    let current = true
    const timer = setTimeout(() => {
      fetchMe()
        .then((me) => {
          const fresh = me?.characters.find((c) => c.id === character.id)?.firstSync
          if (current) setProgress(fresh ?? { running: false, endpoints: 0, done: 0 })
        })
        .catch(() => {
          if (current) setProgress({ ...progress }) // try again after the next interval
        })
    }, FIRST_SYNC_POLL_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [character, progress])

  if (!character || !progress?.running) return null
  return (
    <p className="live-notice" role="status" aria-live="polite">
      First sync running for {character.name}: {progress.done} of {progress.endpoints} kinds of data synced so far;
      the pages fill in as they arrive.
    </p>
  )
}
