import { useState } from 'react'
import { useCharacters } from '../../character/CharacterContext'
import { SyncTimes } from '../../components/SyncTimes'
import { Panel } from '../../components/Panel'
import { LiveIndicator } from '../../components/LiveIndicator'
import { KillmailDetails } from './KillmailDetails'
import { RecentKills } from './RecentKills'

/**
 * The kill feed: stored killmails, and new ones as the server pushes them; one opens in full. The feed holds every
 * pilot's of the account; its sync times are the chosen pilot's.
 */
export function KillmailsPage() {
  const [open, setOpen] = useState<number | null>(null)
  const { character } = useCharacters()
  return (
    <>
      <Panel title="Killmails" actions={<LiveIndicator />}>
        {character && (
          <SyncTimes owner={{ kind: 'characters', id: character.id }}
            endpoints={{ KILLMAILS: `Killmails of ${character.name}` }} />
        )}
        <RecentKills limit={50} onOpen={setOpen} />
      </Panel>
      {open !== null && <KillmailDetails killmailId={open} onClose={() => setOpen(null)} />}
    </>
  )
}
