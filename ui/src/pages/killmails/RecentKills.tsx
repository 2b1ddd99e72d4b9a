import { AsyncView } from '../../components/AsyncView'
import { KillmailList } from './KillmailList'
import { useKillFeed } from './useKillFeed'

export function RecentKills({ limit, onOpen }: { limit: number; onOpen?: (killmailId: number) => void }) {
  const { result, reload } = useKillFeed(limit)
  return (
    <AsyncView result={result} isEmpty={(kills) => kills.length === 0} empty="No killmails yet." onRetry={reload}>
      {(kills) => <KillmailList kills={kills} onOpen={onOpen} />}
    </AsyncView>
  )
}
