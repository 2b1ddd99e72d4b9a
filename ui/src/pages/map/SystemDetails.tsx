import type { ActivityAnswer, IncursionAnswer, MapSystem, SovereigntyAnswer } from '../../api/universe'
import { SecurityBadge } from './SecurityBadge'

interface SystemDetailsProps {
  system: MapSystem
  regionName: string
  activity: ActivityAnswer | null
  holder: SovereigntyAnswer['holders'][number] | undefined
  incursion: IncursionAnswer | undefined
  campaign: SovereigntyAnswer['campaigns'][number] | undefined
  onRoute: (role: 'from' | 'to' | 'via' | 'avoid') => void
}

/** The clicked or found system: security, region, holder, activity in the window, incursion, route buttons. */
export function SystemDetails({ system, regionName, activity, holder, incursion, campaign, onRoute }: SystemDetailsProps) {
  const row = activity?.systems.find((r) => r[0] === system.id)
  return (
    <div className="system-details" data-testid="system-details">
      <h3>
        {system.name} <SecurityBadge security={system.security} />
      </h3>
      <p className="muted">{regionName}</p>
      <dl className="system-facts">
        <dt>Held by</dt>
        <dd>{holder ? holder.name ?? 'a holder ESI has not named yet' : 'nobody (or not synced yet)'}</dd>
        <dt>Kills ({activity?.window ?? '1h'})</dt>
        <dd data-testid="system-kills">
          {activity?.latestHour ? `${row ? row[1] + row[2] : 0} ships and pods, ${row ? row[3] : 0} NPCs` : 'not synced yet'}
        </dd>
        <dt>Jumps ({activity?.window ?? '1h'})</dt>
        <dd>{activity?.latestHour ? (row ? row[4] : 0) : 'not synced yet'}</dd>
        {campaign && (
          <>
            <dt>Sovereignty fight</dt>
            <dd>{campaign.eventType.replace('_', ' ')} from {new Date(campaign.startTime).toLocaleString()}</dd>
          </>
        )}
        {incursion && (
          <>
            <dt>Incursion</dt>
            <dd>{incursion.state}, influence {Math.round(incursion.influence * 100)} %</dd>
          </>
        )}
      </dl>
      <div className="route-actions">
        <button type="button" className="button secondary small" onClick={() => onRoute('from')}>Route from</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('to')}>Route to</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('via')}>Add waypoint</button>
        <button type="button" className="button secondary small" onClick={() => onRoute('avoid')}>Avoid</button>
      </div>
    </div>
  )
}
