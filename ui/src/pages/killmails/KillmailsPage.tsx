import { Panel } from '../../components/Panel'
import { LiveIndicator } from '../../components/LiveIndicator'
import { RecentKills } from './RecentKills'

/** The kill feed: stored killmails, and new ones as the server pushes them. */
export function KillmailsPage() {
  return (
    <Panel title="Killmails" actions={<LiveIndicator />}>
      <RecentKills limit={50} />
    </Panel>
  )
}
