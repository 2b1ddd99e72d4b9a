import type { ReactNode } from 'react'
import { LOGIN_PATH } from '../../api/client'
import {
  fetchCharacterStatus,
  type CharacterStatus,
  type OnlineStatus,
  type ShipStatus,
  type StatusPart,
  type Whereabouts,
} from '../../api/characters'
import { EntityName } from '../../components/EntityName'
import { EveImage } from '../../components/EveImage'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { SecurityBadge } from '../map/SecurityBadge'

/**
 * Where a character is, what they fly, whether they are online, their skill points and when their data last
 * synced. A part whose scope is not granted says which to grant; one ESI could not give says so.
 */
export function CharacterStatusView({ characterId }: { characterId: number }) {
  const { result, reload } = useAsync(() => fetchCharacterStatus(characterId), [characterId])
  if (result.state === 'loading') return <p className="muted character-status">Loading status…</p>
  if (result.state === 'error') {
    return (
      <p className="muted character-status" data-testid="status-error">
        Status not available: {result.message}{' '}
        <button type="button" className="button secondary small" onClick={reload}>Retry</button>
      </p>
    )
  }
  return <StatusDetails status={result.data} />
}

function StatusDetails({ status }: { status: CharacterStatus }) {
  return (
    <dl className="character-status" data-testid="character-status">
      <Fact label="Corporation" testId="status-corporation">
        <EntityName kind="corporation" id={status.corporationId} name={status.corporationName} size={20} />
        {status.allianceId !== null && (
          <> <EntityName kind="alliance" id={status.allianceId} name={status.allianceName} size={20} /></>
        )}
      </Fact>
      <Fact label="Location" testId="status-location">{part(status.location, location)}</Fact>
      <Fact label="Ship" testId="status-ship">{part(status.ship, ship)}</Fact>
      <Fact label="Online" testId="status-online">{part(status.online, online)}</Fact>
      <Fact label="Skill points" testId="status-skills">
        {part(status.skillPoints, (sp) => (
          <>
            {sp.total.toLocaleString('en-US')} SP
            {sp.unallocated > 0 && <span className="muted"> (+{sp.unallocated.toLocaleString('en-US')} unallocated)</span>}
          </>
        ))}
      </Fact>
      <Fact label="Last sync" testId="status-last-sync">
        {status.lastSync === null ? <span className="muted">Not synced yet</span> : formatInstant(status.lastSync)}
      </Fact>
    </dl>
  )
}

function Fact({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}

function part<T>(value: StatusPart<T>, show: (value: T) => ReactNode): ReactNode {
  switch (value.state) {
    case 'ok':
      return show(value.value)
    case 'notGranted':
      return (
        <span className="muted">
          Grant <code>{value.missingScope}</code> to see this (<a href={LOGIN_PATH}>log in again</a>)
        </span>
      )
    default:
      return <span className="muted" title={value.reason}>Not available right now</span>
  }
}

function location(where: Whereabouts): ReactNode {
  return (
    <>
      {where.security !== null && <SecurityBadge security={where.security} />}{' '}
      <span className="entity-name">{where.systemName ?? 'Unknown system'}</span>
      {where.regionName && <span className="muted"> ({where.regionName})</span>}
      {where.dockedId !== null && (
        <div className="docked">
          Docked in {where.dockedName ?? (where.structure ? 'a structure you cannot see' : 'an unknown station')}
        </div>
      )}
    </>
  )
}

function ship(flown: ShipStatus): ReactNode {
  return (
    <span className="entity">
      <EveImage kind="type" id={flown.typeId} size={20} />
      <span className={flown.typeName ? 'entity-name' : 'entity-name unknown'}>{flown.typeName ?? 'Unknown ship'}</span>
      {flown.name && <span className="muted"> “{flown.name}”</span>}
    </span>
  )
}

function online(state: OnlineStatus): ReactNode {
  const since = state.lastLogin ? ` · last login ${formatInstant(state.lastLogin)}` : ''
  return (
    <span className={state.online ? 'online-state online' : 'online-state'}>
      {state.online ? 'Online' : 'Offline'}
      <span className="muted">{since}</span>
    </span>
  )
}
