import { fetchContracts } from '../../api/contracts'
import { fetchMailLabels } from '../../api/mail'
import { useAsync } from '../../hooks/useAsync'
import { useLiveVersion } from '../../live/useLiveVersion'

/** Unread mail and active contracts of one character; "—" for what it cannot read (e.g. a scope not granted). */
export function CharacterStats({ characterId }: { characterId: number }) {
  const mail = useLiveVersion(`character.${characterId}.mail`).version
  const contracts = useLiveVersion(`character.${characterId}.contracts`).version
  const { result } = useAsync(
    () =>
      Promise.all([
        fetchMailLabels(characterId).then((labels) => labels.totalUnreadCount, () => null),
        fetchContracts({ kind: 'characters', id: characterId }, { status: 'outstanding' }).then((page) => page.contracts.length, () => null),
      ]),
    [characterId, mail, contracts],
  )
  const [unread, active] = result.state === 'ready' ? result.data : [undefined, undefined]
  return (
    <dl className="stats">
      <Stat label="Unread mail" value={unread} testId="unread-mail" />
      <Stat label="Active contracts" value={active} testId="active-contracts" />
    </dl>
  )
}

function Stat({ label, value, testId }: { label: string; value: number | null | undefined; testId: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value === undefined ? '…' : (value ?? '—')}</dd>
    </div>
  )
}
