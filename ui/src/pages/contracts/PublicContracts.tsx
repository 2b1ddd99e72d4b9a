import { useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { searchPublicContracts, type PublicContract, type PublicSearch } from '../../api/contracts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName, displayName } from '../../components/EntityName'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { formatAmount, formatInstant, humanize } from '../../format'

/** The regions of the main trade hubs; the public-contracts job stores what it was set to read. */
const REGIONS = [
  { id: 10000002, name: 'The Forge (Jita)' },
  { id: 10000043, name: 'Domain (Amarr)' },
  { id: 10000032, name: 'Sinq Laison (Dodixie)' },
  { id: 10000030, name: 'Heimatar (Rens)' },
  { id: 10000042, name: 'Metropolis (Hek)' },
]

const COLUMNS: Column<PublicContract>[] = [
  { header: 'Contract', cell: (c) => c.title || `${humanize(c.type)} by ${displayName('character', c.issuerName)}` },
  { header: 'Type', cell: (c) => humanize(c.type) },
  { header: 'Issuer', cell: (c) => <EntityName kind="character" id={c.issuerId} name={c.issuerName} size={20} /> },
  { header: 'Price', numeric: true, className: () => 'isk', cell: (c) => formatAmount(c.type === 'courier' ? c.reward : c.price) },
  { header: 'Location', cell: (c) => displayName('place', c.startLocationName) },
  { header: 'Expires (EVE)', className: () => 'nowrap', cell: (c) => formatInstant(c.dateExpired) },
]

function number(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text)
}

/** Public contracts of a region, by part of an item's name and a price range. */
export function PublicContracts() {
  const [form, setForm] = useState({ regionId: REGIONS[0].id, itemTypeName: '', minPrice: '', maxPrice: '' })
  const [found, setFound] = useState<{ contracts?: PublicContract[]; error?: string; busy: boolean }>({ busy: false })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const search: PublicSearch = { regionId: form.regionId, itemTypeName: form.itemTypeName.trim() || undefined,
      minPrice: number(form.minPrice), maxPrice: number(form.maxPrice) }
    setFound({ busy: true })
    try {
      setFound({ busy: false, contracts: (await searchPublicContracts(search)).contracts })
    } catch (failure) {
      setFound({ busy: false, error: errorMessage(failure) })
    }
  }

  return (
    <Panel title="Public contracts">
      <form className="filters" aria-label="Public contract search" onSubmit={(e) => void submit(e)}>
        <label className="inline">
          Region
          <select value={form.regionId} onChange={(e) => setForm((f) => ({ ...f, regionId: Number(e.target.value) }))}>
            {REGIONS.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </label>
        <label className="inline">
          Item name
          <input value={form.itemTypeName} minLength={3} maxLength={100} placeholder="e.g. Rifter"
            onChange={(e) => setForm((f) => ({ ...f, itemTypeName: e.target.value }))} />
        </label>
        <label className="inline">
          Min ISK
          <input inputMode="decimal" value={form.minPrice} onChange={(e) => setForm((f) => ({ ...f, minPrice: e.target.value }))} />
        </label>
        <label className="inline">
          Max ISK
          <input inputMode="decimal" value={form.maxPrice} onChange={(e) => setForm((f) => ({ ...f, maxPrice: e.target.value }))} />
        </label>
        <button type="submit" className="button primary small" disabled={found.busy}>Search</button>
      </form>
      {found.error && <ErrorBanner message={found.error} />}
      {found.contracts && (found.contracts.length === 0 ? (
        <p className="muted empty">No public contracts match: none in EVE, or the region is not read by this server.</p>
      ) : (
        <DataTable columns={COLUMNS} rows={found.contracts} rowKey={(c) => c.contractId} testId="public-contracts" />
      ))}
    </Panel>
  )
}
