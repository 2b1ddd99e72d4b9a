import { LOGIN_PATH } from '../../api/client'
import { Panel } from '../../components/Panel'
import { useCharacters } from '../../character/CharacterContext'
import { RecentKills } from '../killmails/RecentKills'
import { CharacterRow } from './CharacterRow'

/** All the account's characters at a glance: balances, unread mail, active contracts; and the latest kills. */
export function OverviewPage() {
  const { me } = useCharacters()
  return (
    <>
      <Panel
        title="Characters"
        actions={
          // The same SSO flow links another character to this account.
          <a className="button primary small" href={LOGIN_PATH} data-testid="add-character">
            Add character
          </a>
        }
      >
        {me.characters.length === 0 ? (
          <p className="muted empty">No characters linked yet.</p>
        ) : (
          <ul className="character-list">
            {me.characters.map((character) => (
              <CharacterRow key={character.id} character={character} />
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Recent kills">
        <RecentKills limit={5} />
      </Panel>
    </>
  )
}
