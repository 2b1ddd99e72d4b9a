import { fetchNames } from '../api/universe'
import { useAsync } from './useAsync'

/** A corporation's name as the server resolves it; null while loading or unknown. */
export function useCorporationName(corporationId: number): string | null {
  const names = useAsync(() => fetchNames([corporationId]), [corporationId])
  return names.result.state === 'ready' ? (names.result.data[0]?.name ?? null) : null
}
