import { fetchKillmail, type Attacker, type Combatant, type KillmailItem } from '../../api/killmails'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { Panel } from '../../components/Panel'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'

/** The pilot, or for an NPC or structure the corporation, with the alliance beside. */
export function Who({ who }: { who: Combatant }) {
  return (
    <span className="who">
      {who.characterId !== null ? (
        <EntityName kind="character" id={who.characterId} name={who.characterName} />
      ) : (
        <EntityName kind="corporation" id={who.corporationId} name={who.corporationName} />
      )}
      {who.allianceId !== null && (
        <span className="muted small"> · <EntityName kind="alliance" id={who.allianceId} name={who.allianceName} size={0} /></span>
      )}
    </span>
  )
}

const ATTACKERS: Column<Attacker>[] = [
  { header: 'Attacker', cell: (a) => <><Who who={a} />{a.finalBlow && <span className="tag">final blow</span>}</> },
  { header: 'Ship', sort: (a) => a.shipTypeName, cell: (a) => <EntityName kind="type" id={a.shipTypeId} name={a.shipTypeName} size={20} /> },
  { header: 'Weapon', cell: (a) => <EntityName kind="type" id={a.weaponTypeId} name={a.weaponTypeName} size={0} /> },
  { header: 'Damage', numeric: true, sort: (a) => a.damageDone, cell: (a) => a.damageDone.toLocaleString('en') },
]

const ITEMS: Column<KillmailItem>[] = [
  { header: 'Item', cell: (i) => <EntityName kind="type" id={i.typeId} name={i.typeName} size={20} /> },
  { header: 'Destroyed', numeric: true, cell: (i) => (i.quantityDestroyed ?? 0).toLocaleString('en') },
  { header: 'Dropped', numeric: true, className: () => 'positive', cell: (i) => (i.quantityDropped ?? 0).toLocaleString('en') },
]

/** One kill: where and when, the victim and their ship, what was destroyed and dropped, and who took part. */
export function KillmailDetails({ killmailId, onClose }: { killmailId: number; onClose: () => void }) {
  const { result, reload } = useAsync(() => fetchKillmail(killmailId), [killmailId])
  return (
    <Panel title="Killmail" actions={<button type="button" className="button secondary small" onClick={onClose}>Close</button>}>
      <AsyncView result={result} onRetry={reload}>
        {(kill) => (
          <div data-testid="killmail-details">
            <p>
              <EntityName kind="type" id={kill.victim.shipTypeId} name={kill.victim.shipTypeName} size={64} />
            </p>
            <p>
              <Who who={kill.victim} /> lost it in {kill.solarSystemName ?? 'an unknown system'}
              {kill.regionName ? ` (${kill.regionName})` : ''} at {formatInstant(kill.killmailTime)},{' '}
              {kill.victim.damageTaken.toLocaleString('en')} damage taken.{' '}
              <a href={`https://zkillboard.com/kill/${kill.killmailId}/`} target="_blank" rel="noopener noreferrer"
                title="Opens zkillboard.com in a new tab">On zKillboard</a>
            </p>
            <h4>Attackers ({kill.attackers.length})</h4>
            <DataTable columns={ATTACKERS} rows={kill.attackers} rowKey={(a) => kill.attackers.indexOf(a)}
              testId="attackers" compact />
            <h4>Fitted and cargo</h4>
            {kill.victim.items.length === 0 ? (
              <p className="muted empty">No items: the ship was empty.</p>
            ) : (
              <DataTable columns={ITEMS} rows={kill.victim.items} rowKey={(i) => kill.victim.items.indexOf(i)}
                testId="killmail-items" compact />
            )}
          </div>
        )}
      </AsyncView>
    </Panel>
  )
}
