import { useCharacters } from './CharacterContext'

/**
 * Picks the character the pages show: the main (first linked) and its alts, in groups so that the chosen one shows
 * by its name alone, which fits a phone's header even at EVE's longest (37 characters).
 */
export function CharacterSwitcher() {
  const { me, character, select } = useCharacters()
  if (me.characters.length === 0) return null
  const [main, ...alts] = me.characters
  return (
    <label className="switcher">
      <span className="visually-hidden">Character</span>
      <select
        value={character?.id ?? ''}
        onChange={(event) => select(Number(event.target.value))}
        data-testid="character-switcher"
      >
        <optgroup label="Main">
          <option value={main.id}>{main.name}</option>
        </optgroup>
        {alts.length > 0 && (
          <optgroup label="Alts">
            {alts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </optgroup>
        )}
      </select>
    </label>
  )
}
