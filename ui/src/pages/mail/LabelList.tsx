import { fetchMailLabels } from '../../api/mail'
import { AsyncView } from '../../components/AsyncView'
import { useAsync } from '../../hooks/useAsync'

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
                active={selected === label.labelId} onClick={() => onSelect(label.labelId)} />
            ))}
          </ul>
        )}
      </AsyncView>
    </nav>
  )
}

interface LabelButtonProps {
  name: string
  unread: number
  color?: string
  active: boolean
  onClick: () => void
}

function LabelButton({ name, unread, color, active, onClick }: LabelButtonProps) {
  return (
    <li>
      <button type="button" className="label-button" aria-pressed={active} onClick={onClick}>
        <span className="label-swatch" style={{ background: color ?? 'transparent' }} aria-hidden="true" />
        <span className="label-name">{name}</span>
        {unread > 0 && (
          <span className="count" aria-label={`${unread} unread`}>
            {unread}
          </span>
        )}
      </button>
    </li>
  )
}
