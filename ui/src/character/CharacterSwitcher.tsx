import { useCharacters } from './CharacterContext'

/** Picks the character the pages show: the main (first linked) and its alts. */
export function CharacterSwitcher() {
  const { me, character, select } = useCharacters()
  if (me.characters.length === 0) return null
  return (
    <label className="switcher">
      <span className="visually-hidden">Character</span>
      <select
        value={character?.id ?? ''}
        onChange={(event) => select(Number(event.target.value))}
        data-testid="character-switcher"
      >
        {me.characters.map((c, index) => (
          <option key={c.id} value={c.id}>
            {c.name}
            {index === 0 ? ' (main)' : ''}
          </option>
        ))}
      </select>
    </label>
  )
}
