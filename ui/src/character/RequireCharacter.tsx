import type { ReactNode } from 'react'
import type { Character } from '../api/types'
import { LOGIN_PATH } from '../api/client'
import { useCharacters } from './CharacterContext'

/** Renders a page for the chosen character, or tells how to link one when the account has none. */
export function RequireCharacter({ children }: { children: (character: Character) => ReactNode }) {
  const { character } = useCharacters()
  if (!character) {
    return (
      <p className="muted empty" data-testid="empty">
        No character linked yet. <a href={LOGIN_PATH}>Add a character</a>.
      </p>
    )
  }
  return <>{children(character)}</>
}
