import { fetchKillmail, type Attacker, type Combatant, type KillmailItem, type KillmailValue } from '../../api/killmails'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { Panel } from '../../components/Panel'
import { formatInstant, formatIsk, iskTimes } from '../../format'
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

/** What a stack of an item was worth (destroyed and dropped together), null without a price. */
function stackValue(item: KillmailItem): string | null {
  const quantity = (item.quantityDestroyed ?? 0) + (item.quantityDropped ?? 0)
  return item.unitPrice === null ? null : iskTimes(item.unitPrice, quantity)
}

const ITEMS: Column<KillmailItem>[] = [
  { header: 'Item', sort: (i) => i.typeName, cell: (i) => <EntityName kind="type" id={i.typeId} name={i.typeName} size={20} /> },
  { header: 'Destroyed', numeric: true, sort: (i) => i.quantityDestroyed ?? 0, cell: (i) => (i.quantityDestroyed ?? 0).toLocaleString('en') },
  { header: 'Dropped', numeric: true, sort: (i) => i.quantityDropped ?? 0, className: () => 'positive', cell: (i) => (i.quantityDropped ?? 0).toLocaleString('en') },
  {
    header: 'Value', numeric: true, sort: (i) => Number(stackValue(i) ?? -1),
    cell: (i) => {
      const value = stackValue(i)
      return value === null ? <span className="muted">no price</span> : formatIsk(value)
    },
  },
]

/** Total, ship, destroyed and dropped value as zKillboard shows them, and how many types had no price. */
function LossValue({ value }: { value: KillmailValue }) {
  return (
    <>
      <dl className="stats killmail-value" data-testid="killmail-value">
        <div className="stat"><dt>Total value</dt><dd>{formatIsk(value.total)}</dd></div>
        <div className="stat"><dt>Ship</dt><dd>{formatIsk(value.ship)}</dd></div>
        <div className="stat"><dt>Destroyed</dt><dd className="isk negative">{formatIsk(value.destroyed)}</dd></div>
        <div className="stat"><dt>Dropped</dt><dd className="isk positive">{formatIsk(value.dropped)}</dd></div>
      </dl>
      {value.unpricedTypes > 0 && (
        <p className="muted small" data-testid="unpriced">
          {value.unpricedTypes === 1 ? '1 item type has' : `${value.unpricedTypes} item types have`} no market
          price and count as nothing.
        </p>
      )}
    </>
  )
}

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
            <LossValue value={kill.value} />
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
