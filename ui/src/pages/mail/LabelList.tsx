import { deleteMailLabel, fetchMailLabels } from '../../api/mail'
import { AsyncView } from '../../components/AsyncView'
import { useAsync } from '../../hooks/useAsync'
import { NewLabel } from './LabelEditor'

/** EVE's own labels (inbox, sent, corporation, alliance) have these ids and cannot be deleted. */
const BUILT_IN = 8

interface LabelListProps {
  characterId: number
  selected: number | undefined
  version: number
  onSelect: (labelId: number | undefined) => void
  onCompose: () => void
}

export function LabelList({ characterId, selected, version, onSelect, onCompose }: LabelListProps) {
  const { result, reload } = useAsync(() => fetchMailLabels(characterId), [characterId, version])
  return (
    <nav className="panel mail-labels" aria-label="Mail labels">
      <button type="button" className="button primary small block" onClick={onCompose} data-testid="compose">
        Compose
      </button>
      <AsyncView result={result} onRetry={reload}>
        {(labels) => (
          <ul className="label-list">
            <LabelButton name="All mail" unread={labels.totalUnreadCount} active={selected === undefined}
              onClick={() => onSelect(undefined)} />
            {labels.labels.map((label) => (
              <LabelButton key={label.labelId} name={label.name} unread={label.unreadCount} color={label.color}
                active={selected === label.labelId} onClick={() => onSelect(label.labelId)}
                onDelete={label.labelId > BUILT_IN ? () => {
                  if (!window.confirm(`Delete the label ${label.name} in EVE?`)) return
                  void deleteMailLabel(characterId, label.labelId).then(() => {
                    if (selected === label.labelId) onSelect(undefined)
                    reload()
                  }, () => reload())
                } : undefined} />
            ))}
          </ul>
        )}
      </AsyncView>
      <NewLabel characterId={characterId} onCreated={reload} />
    </nav>
  )
}

interface LabelButtonProps {
  name: string
  unread: number
  color?: string
  active: boolean
  onClick: () => void
  onDelete?: () => void
}

function LabelButton({ name, unread, color, active, onClick, onDelete }: LabelButtonProps) {
  return (
    <li className="label-item">
      <button type="button" className="label-button" aria-pressed={active} onClick={onClick}>
        <span className="label-swatch" style={{ background: color ?? 'transparent' }} aria-hidden="true" />
        <span className="label-name">{name}</span>
        {unread > 0 && (
          <span className="count" aria-label={`${unread} unread`}>
            {unread}
          </span>
        )}
      </button>
      {onDelete && (
        <button type="button" className="link-button small" onClick={onDelete} aria-label={`Delete label ${name}`}>
          ×
        </button>
      )}
    </li>
  )
}
