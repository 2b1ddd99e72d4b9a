import { EveImage, type EntityKind } from './EveImage'

const UNKNOWN: Record<EntityKind, string> = {
  character: 'Unknown pilot',
  corporation: 'Unknown corporation',
  alliance: 'Unknown alliance',
  faction: 'Unknown faction',
  type: 'Unknown item',
  place: 'Unknown location',
  mailing_list: 'Mailing list',
}

/** The name the server sent, or a neutral placeholder while it is not known: never a bare id. */
export function displayName(kind: EntityKind, name: string | null | undefined): string {
  return name ?? UNKNOWN[kind]
}

interface EntityNameProps {
  kind: EntityKind
  id: number | null
  name: string | null | undefined
  /** Picture size in CSS pixels; 0 for none. */
  size?: number
}

/** A pilot, corporation, alliance, item or place: its picture and its name. */
export function EntityName({ kind, id, name, size = 24 }: EntityNameProps) {
  if (id === null) return <span className="muted">—</span>
  return (
    <span className="entity" data-testid="entity-name">
      {size > 0 && <EveImage kind={kind} id={id} size={size} />}
      <span className={name ? 'entity-name' : 'entity-name unknown'}>{displayName(kind, name)}</span>
    </span>
  )
}
