import { fetchKillmails, type Killmail } from '../../api/killmails'
import { useAsync } from '../../hooks/useAsync'
import { useLiveTopic } from '../../live/LiveContext'

/**
 * The latest killmails: the stored ones first, then each one the server pushes, newest on top. A pushed kill
 * carries ids only, so the list is read again quietly for the names the server resolves.
 */
export function useKillFeed(limit: number) {
  const feed = useAsync(() => fetchKillmails(limit).then((page) => page.killmails), [limit])
  useLiveTopic('killmails', (event) => {
    if (event.type !== 'killmail.new') return
    const kill = event.payload as unknown as Killmail
    feed.update((kills) =>
      kills.some((k) => k.killmailId === kill.killmailId) ? kills : [kill, ...kills].slice(0, limit),
    )
    fetchKillmails(limit).then((page) => {
      const named = new Map(page.killmails.map((k) => [k.killmailId, k]))
      feed.update((kills) => kills.map((k) => named.get(k.killmailId) ?? k))
    }, () => undefined)
  })
  return feed
}
