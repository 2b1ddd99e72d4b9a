import { Fragment } from 'react'
import type { PilotLocation } from '../../api/characters'
import { fetchSystemReport, type MapSystem, type SystemActivityFigures, type SystemReport } from '../../api/universe'
import { EntityName } from '../../components/EntityName'
import { useAsync } from '../../hooks/useAsync'
import { SecurityBadge } from './SecurityBadge'

interface SystemDetailsProps {
  system: MapSystem
  /** A system's name from the map data (for the incursion's staging system). */
  nameOf: (systemId: number) => string | undefined
  /** The user's own characters in this system. */
  pilots: PilotLocation[]
  onRoute: (role: 'from' | 'to' | 'via' | 'avoid') => void
}

/**
 * The clicked or found system: security, constellation and region, sovereignty holder, kills and jumps over the
 * last hour and day, incursion and sovereignty fights (from the server's details), the user's characters there,
 * and route buttons.
 */
export function SystemDetails({ system, nameOf, pilots, onRoute }: SystemDetailsProps) {
  const { result, reload } = useAsync(() => fetchSystemReport(system.id), [system.id])
  return (
    <div className="system-details" data-testid="system-details">
      <h3>
        {system.name} <SecurityBadge security={system.security} />
      </h3>
      {result.state === 'ready' && (
        <p className="muted" data-testid="system-place">
          {result.data.constellationName ?? 'Unknown constellation'} · {result.data.regionName ?? 'Unknown region'}
        </p>
      )}
      <dl className="system-facts">
        {pilots.length > 0 && (
          <>
            <dt>Your pilots</dt>
            <dd data-testid="system-pilots">
              {pilots.map((p) => (
                <div key={p.characterId}><EntityName kind="character" id={p.characterId} name={p.name} size={20} /></div>
              ))}
            </dd>
          </>
        )}
        {result.state === 'ready' && <Facts report={result.data} nameOf={nameOf} />}
      </dl>
      {result.state === 'loading' && <p className="muted">Loading the system&apos;s details…</p>}
      {result.state === 'error' && (
        <p className="muted" data-testid="system-error">
          Details not available: {result.message}{' '}
          <button type="button" className="button secondary small" onClick={reload}>Retry</button>
        </p>
      )}
      <div className="route-actions">
        <button type="button" className="button secondary small" onClick={() => onRoute('from')}>Route from</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('to')}>Route to</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('via')}>Add waypoint</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('avoid')}>Avoid</button>
      </div>
    </div>
  )
}

function Facts({ report, nameOf }: { report: SystemReport; nameOf: (systemId: number) => string | undefined }) {
  const synced = report.latestHour !== null
  return (
    <>
      <dt>Held by</dt>
      <dd data-testid="system-holder">
        {report.holder
          ? <EntityName kind={report.holder.kind} id={report.holder.id} name={report.holder.name} size={20} />
          : 'nobody (or not synced yet)'}
      </dd>
      {report.faction && report.holder?.id !== report.faction.id && (
        <>
          <dt>Faction space</dt>
          <dd><EntityName kind="faction" id={report.faction.id} name={report.faction.name} size={20} /></dd>
        </>
      )}
      <dt>Kills</dt>
      <dd data-testid="system-kills">{synced ? `${kills(report.lastHour)} last hour, ${kills(report.lastDay)} in 24 h` : 'not synced yet'}</dd>
      <dt>Jumps</dt>
      <dd data-testid="system-jumps">
        {synced ? `${report.lastHour.jumps} last hour, ${report.lastDay.jumps} in 24 h` : 'not synced yet'}
      </dd>
      <dt>Incursion</dt>
      <dd data-testid="system-incursion">
        {report.incursion
          ? `${report.incursion.state}, influence ${Math.round(report.incursion.influence * 100)} %, staging in ${
            nameOf(report.incursion.stagingSystemId) ?? 'a system off the map'}${report.incursion.hasBoss ? ', boss spawned' : ''}`
          : 'none'}
      </dd>
      {report.campaigns.map((campaign) => (
        <Fragment key={campaign.campaignId}>
          <dt>Sovereignty fight</dt>
          <dd>{campaign.eventType.replace('_', ' ')} from {new Date(campaign.startTime).toLocaleString()}</dd>
        </Fragment>
      ))}
    </>
  )
}

function kills(figures: SystemActivityFigures): string {
  return `${figures.shipKills + figures.podKills} ships and pods, ${figures.npcKills} NPCs`
}
