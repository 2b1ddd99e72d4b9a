import { EveImage } from '../../components/EveImage'

/** The item a form works on, with its icon; a neutral name while it is not known. */
export function ChosenType({ typeId, typeName }: { typeId: number | null; typeName: string | null }) {
  if (typeId === null) return <p className="muted" data-testid="chosen-type">No item chosen yet: search one above.</p>
  return (
    <p className="entity chosen-type" data-testid="chosen-type">
      <EveImage kind="type" id={typeId} size={32} />
      <strong>{typeName ?? 'The chosen item'}</strong>
    </p>
  )
}
