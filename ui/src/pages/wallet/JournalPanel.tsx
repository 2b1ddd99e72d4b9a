import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { JournalList } from './JournalList'

export function JournalPanel({ characterId, version }: { characterId: number; version: number }) {
  const owner = { kind: 'characters', id: characterId } as const
  return (
    <Panel title="Journal">
      <SyncTimes owner={owner} endpoints={{ WALLET_JOURNAL: 'Journal' }} version={version} />
      <JournalList source={{ owner }} version={version} />
    </Panel>
  )
}
