import type { Killmail } from '../../api/killmails'
import { formatAmount, formatInstant } from '../../format'

/** Killmails as rows: when, where, who died in what, and the ISK lost. */
export function KillmailList({ kills }: { kills: Killmail[] }) {
  return (
    <table className="table" data-testid="killmail-list">
      <thead>
        <tr>
          <th scope="col">Time (EVE)</th>
          <th scope="col">Victim</th>
          <th scope="col">Ship</th>
          <th scope="col">System</th>
          <th scope="col" className="num">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {kills.map((kill) => (
          <tr key={kill.killmailId}>
            <td>{formatInstant(kill.killmailTime)}</td>
            <td>{kill.victim?.characterName ?? kill.victim?.characterId ?? '—'}</td>
            <td>{kill.victim?.shipTypeName ?? kill.victim?.shipTypeId ?? '—'}</td>
            <td>{kill.solarSystemName ?? kill.solarSystemId ?? '—'}</td>
            <td className="num isk">{kill.totalValue === undefined ? '—' : formatAmount(kill.totalValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
