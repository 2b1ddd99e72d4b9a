import { useState } from 'react'
import { Panel } from '../../components/Panel'
import { LiveIndicator } from '../../components/LiveIndicator'
import { KillmailDetails } from './KillmailDetails'
import { RecentKills } from './RecentKills'

/** The kill feed: stored killmails, and new ones as the server pushes them; one opens in full. */
export function KillmailsPage() {
  const [open, setOpen] = useState<number | null>(null)
  return (
    <>
      <Panel title="Killmails" actions={<LiveIndicator />}>
        <RecentKills limit={50} onOpen={setOpen} />
      </Panel>
      {open !== null && <KillmailDetails killmailId={open} onClose={() => setOpen(null)} />}
    </>
  )
}
