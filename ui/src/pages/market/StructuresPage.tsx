import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import {
  changeStructures, fetchAdminStructures, type AdminStructures, type KeptStructure, type StructureAccess,
  type StructureSuggestion,
} from '../../api/market'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { MarketNav } from './MarketNav'
import { formatQuantity } from './marketFormat'

/** Player structure ids start here; stations and systems lie far below. */
export const FIRST_STRUCTURE_ID = 1_000_000_000_000

const ACCESS: Record<StructureAccess, { label: string; tone: string }> = {
  PENDING: { label: 'Not read yet', tone: '' },
  OK: { label: 'Read', tone: 'good' },
  NO_DOCKING: { label: 'No docking access', tone: 'danger' },
  NO_CHARACTER: { label: 'No character with the scope', tone: 'danger' },
  FAILED: { label: 'ESI failed', tone: 'danger' },
}

/** A structure by name, or what is known of it before a character with docking access has read it. */
export function structureLabel(s: { structureName: string | null; systemName?: string | null }): string {
  if (s.structureName) return s.structureName
  return s.systemName ? `Unnamed structure in ${s.systemName}` : 'Structure not read yet'
}

function keptColumns(remove: (id: number) => void, busy: boolean): Column<KeptStructure>[] {
  return [
    { header: 'Structure', sort: (s) => structureLabel(s), cell: (s) => structureLabel(s) },
    { header: 'Where', sort: (s) => s.systemName, cell: (s) => (s.systemName ? `${s.systemName}, ${s.regionName ?? 'unknown region'}` : '—') },
    {
      header: 'State', sort: (s) => s.access,
      cell: (s) => <span className={`tag ${ACCESS[s.access].tone}`} data-testid="structure-access">{ACCESS[s.access].label}</span>,
    },
    { header: 'Read through', sort: (s) => s.viaCharacterName, cell: (s) => s.viaCharacterName ?? '—' },
    { header: 'Orders', numeric: true, sort: (s) => s.orderCount, cell: (s) => formatQuantity(s.orderCount) },
    { header: 'Read (EVE)', sort: (s) => s.fetchedAt, className: () => 'nowrap', cell: (s) => formatInstant(s.fetchedAt) },
    { header: 'Why', sort: (s) => s.detail, cell: (s) => s.detail ?? '' },
    {
      header: '', cell: (s) => (
        <button type="button" className="button secondary small" disabled={busy} onClick={() => remove(s.structureId)}
          aria-label={`Stop keeping ${structureLabel(s)}`}>Remove</button>
      ),
    },
  ]
}

function suggestionColumns(keep: (id: number) => void, busy: boolean): Column<StructureSuggestion>[] {
  return [
    { header: 'Region', sort: (s) => s.regionName, cell: (s) => s.regionName ?? 'Unknown region' },
    { header: 'Users\u2019 open orders there', numeric: true, sort: (s) => s.ownOrders, cell: (s) => formatQuantity(s.ownOrders) },
    {
      header: '', cell: (s) => (
        <button type="button" className="button small" disabled={busy} onClick={() => keep(s.structureId)}
          aria-label={`Keep the structure ${s.structureId} in ${s.regionName ?? 'an unknown region'}`}>Keep its market</button>
      ),
    },
  ]
}

/** Admins keep the markets of player structures: each read through a character of this server that may dock there. */
export function StructuresPage() {
  const loaded = useAsync(fetchAdminStructures, [])
  const [typed, setTyped] = useState('')
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })

  async function keepOnly(ids: number[]) {
    setState({ busy: true })
    try {
      const answer: AdminStructures = await changeStructures(ids)
      loaded.update(() => answer)
      setState({ busy: false })
      return true
    } catch (e) {
      setState({ busy: false, error: errorMessage(e) })
      return false
    }
  }
  const kept = loaded.result.state === 'ready' ? loaded.result.data.structures.map((s) => s.structureId) : []

  async function add(event: FormEvent) {
    event.preventDefault()
    const id = Number(typed.trim())
    if (!Number.isInteger(id) || id < FIRST_STRUCTURE_ID) {
      return setState({ busy: false, error: `A structure id is a whole number from ${FIRST_STRUCTURE_ID.toLocaleString('en-US')} up.` })
    }
    if (await keepOnly([...kept.filter((k) => k !== id), id])) setTyped('')
  }

  return (
    <>
      <MarketNav />
      {state.error && <ErrorBanner message={state.error} />}
      <AsyncView result={loaded.result} onRetry={loaded.reload}>
        {(data) => (
          <>
            <Panel title="Structure markets kept">
              {data.structures.length === 0 ? (
                <p className="muted" data-testid="structures-empty">
                  No structure market is kept: add a structure below. Its market is read every 5 minutes through a
                  character of this server that granted esi-markets.structure_markets.v1 and may dock there.
                </p>
              ) : (
                <DataTable columns={keptColumns((id) => keepOnly(kept.filter((k) => k !== id)), state.busy)}
                  rows={data.structures} rowKey={(s) => s.structureId} testId="kept-structures"
                  caption="A structure whose owner lets none of this server's characters dock stays unread." />
              )}
              <form className="filters" onSubmit={add} aria-label="Keep a structure market">
                <label>
                  Structure id
                  <input data-testid="structure-id" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)}
                    placeholder="1035466617946" />
                </label>
                <button type="submit" className="button" disabled={state.busy}>Keep its market</button>
              </form>
            </Panel>
            <Panel title="Where users trade">
              {data.suggestions.length === 0 ? (
                <p className="muted" data-testid="suggestions-empty">No open order of this server's users sits in a structure that is not kept.</p>
              ) : (
                <DataTable columns={suggestionColumns((id) => keepOnly([...kept, id]), state.busy)} rows={data.suggestions}
                  rowKey={(s) => s.structureId} testId="structure-suggestions"
                  caption="Structures holding open orders of this server's users; their names are known once read." />
              )}
            </Panel>
          </>
        )}
      </AsyncView>
    </>
  )
}
