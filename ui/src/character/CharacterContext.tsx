import { createContext, useContext, useState, type ReactNode } from 'react'
import type { Character, Me } from '../api/types'

interface CharacterChoice {
  me: Me
  /** The character the pages show; null when the account has none. */
  character: Character | null
  select: (characterId: number) => void
}

const STORAGE_KEY = 'eveseat.character'
const CharacterContext = createContext<CharacterChoice | null>(null)

function remembered(me: Me): Character | null {
  const id = Number(localStorage.getItem(STORAGE_KEY))
  return me.characters.find((c) => c.id === id) ?? me.characters[0] ?? null
}

/** Which of the account's characters (main first, then alts) the pages show; remembered across visits. */
export function CharacterProvider({ me, children }: { me: Me; children: ReactNode }) {
  const [character, setCharacter] = useState(() => remembered(me))
  const select = (characterId: number) => {
    const chosen = me.characters.find((c) => c.id === characterId)
    if (!chosen) return
    localStorage.setItem(STORAGE_KEY, String(characterId))
    setCharacter(chosen)
  }
  return <CharacterContext.Provider value={{ me, character, select }}>{children}</CharacterContext.Provider>
}

export function useCharacters(): CharacterChoice {
  const choice = useContext(CharacterContext)
  if (!choice) throw new Error('useCharacters outside CharacterProvider')
  return choice
}

/** Names an id: one of the account's own characters by name, anyone else as "#id". */
export function useNameOf(): (id: number | null) => string {
  const { me } = useCharacters()
  return (id) => (id === null ? 'unknown' : (me.characters.find((c) => c.id === id)?.name ?? 'Unknown pilot'))
}
