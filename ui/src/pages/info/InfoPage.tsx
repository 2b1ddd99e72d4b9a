import { useParams } from 'react-router'
import { fetchNames } from '../../api/universe'
import { AsyncView } from '../../components/AsyncView'
import { EntityName } from '../../components/EntityName'
import type { EntityKind } from '../../components/EveImage'
import { Panel } from '../../components/Panel'
import { humanize } from '../../format'
import { useAsync } from '../../hooks/useAsync'

const KINDS: Record<string, EntityKind> = {
  character: 'character', corporation: 'corporation', alliance: 'alliance', type: 'type', system: 'place',
  region: 'place', constellation: 'place', item: 'place',
}

/** Where zKillboard keeps a page for this kind of thing. */
const ZKILLBOARD: Record<string, string> = {
  character: 'character', corporation: 'corporation', alliance: 'alliance', system: 'system', region: 'region',
}

/** What a link in EVE mail (showinfo) points at: its picture, name and kind, and where to learn more. */
export function InfoPage() {
  const params = useParams()
  const kind = params.kind ?? ''
  const id = Number(params.id)
  const valid = kind in KINDS && Number.isSafeInteger(id) && id > 0
  const { result, reload } = useAsync(
    () => (valid ? fetchNames([id]).then((names) => names[0] ?? null) : Promise.resolve(null)),
    [kind, id, valid],
  )
  if (!valid) return <p className="muted">This link does not point at anything EVESeat can show.</p>
  const zkill = ZKILLBOARD[kind]
  return (
    <Panel title={humanize(kind)}>
      <AsyncView result={result} onRetry={reload}>
        {(named) => (
          <div className="info" data-testid="info">
            <p className="info-name">
              <EntityName kind={KINDS[kind]} id={id} name={named?.name ?? null} size={64} />
            </p>
            {named === null && <p className="muted">EVE did not tell us this name yet; try again later.</p>}
            {zkill && (
              <p>
                <a href={`https://zkillboard.com/${zkill}/${id}/`} target="_blank" rel="noopener noreferrer"
                  title="Opens zkillboard.com in a new tab">
                  Kills and losses on zKillboard
                </a>
              </p>
            )}
          </div>
        )}
      </AsyncView>
    </Panel>
  )
}
