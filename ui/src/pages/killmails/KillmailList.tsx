import type { Combatant, Killmail } from '../../api/killmails'
import { useCharacters } from '../../character/CharacterContext'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import type { Me } from '../../api/types'
import { formatInstant, formatIsk } from '../../format'

/** The victim's pilot, or the corporation for a structure or NPC loss. */
function Victim({ victim }: { victim: Combatant }) {
  if (victim.characterId !== null) {
    return <EntityName kind="character" id={victim.characterId} name={victim.characterName} />
  }
  return <EntityName kind="corporation" id={victim.corporationId} name={victim.corporationName} />
}

/** What the account's pilots lost: one of them died, or a member of one of their corporations. */
function lossOf(me: Me): (k: Killmail) => boolean {
  const pilots = new Set(me.characters.map((c) => c.id))
  const corporations = new Set(me.characters.flatMap((c) => (c.corporationId ? [c.corporationId] : [])))
  return (k) =>
    (k.victim.characterId !== null && pilots.has(k.victim.characterId)) ||
    (k.victim.corporationId !== null && corporations.has(k.victim.corporationId))
}

/** The listing's value: absent from a kill just pushed (until the list is read again), null without prices. */
function Value({ value }: { value: string | null | undefined }) {
  if (value === undefined) return <span className="muted">—</span>
  return value === null ? <span className="muted">no price</span> : <>{formatIsk(value)}</>
}

function columns(lost: (k: Killmail) => boolean, onOpen?: (killmailId: number) => void): Column<Killmail>[] {
  return [
    {
      header: 'Time (EVE)',
      className: () => 'nowrap',
      sort: (k) => k.killmailTime,
      cell: (k) =>
        onOpen ? (
          <button type="button" className="link-button" onClick={() => onOpen(k.killmailId)}>
            {formatInstant(k.killmailTime)}
          </button>
        ) : (
          formatInstant(k.killmailTime)
        ),
    },
    {
      header: 'Kill or loss',
      sort: (k) => (lost(k) ? 'loss' : 'kill'),
      cell: (k) => (lost(k) ? <span className="tag danger">Loss</span> : <span className="tag">Kill</span>),
    },
    { header: 'Victim', cell: (k) => <Victim victim={k.victim} />, sort: (k) => k.victim.characterName ?? k.victim.corporationName ?? null },
    { header: 'Ship', sort: (k) => k.victim.shipTypeName, cell: (k) => <EntityName kind="type" id={k.victim.shipTypeId} name={k.victim.shipTypeName} /> },
    {
      header: 'System',
      sort: (k) => k.solarSystemName,
      cell: (k) => `${k.solarSystemName ?? 'Unknown system'}${k.regionName ? ` · ${k.regionName}` : ''}`,
    },
    {
      header: 'Value',
      numeric: true,
      className: () => 'nowrap',
      sort: (k) => (k.value == null ? null : Number(k.value)),
      cell: (k) => <Value value={k.value} />,
    },
    { header: 'Attackers', numeric: true, sort: (k) => k.attackerCount ?? null, cell: (k) => k.attackerCount ?? '—' },
  ]
}

/**
 * Killmails as rows: when, a kill or a loss of the account's pilots or their corporations, where, who died in what,
 * what it was worth and how many were on it; the time opens one in full.
 */
export function KillmailList({ kills, onOpen }: { kills: Killmail[]; onOpen?: (killmailId: number) => void }) {
  const { me } = useCharacters()
  return <DataTable columns={columns(lossOf(me), onOpen)} rows={kills} rowKey={(k) => k.killmailId} testId="killmail-list" />
}
