import { useState } from 'react'
import { ApiError } from '../../api/client'
import { fetchContracts, type Contract, type ContractFilter } from '../../api/contracts'
import type { Owner } from '../../api/types'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { PagedList } from '../../components/PagedList'
import { formatAmount, formatInstant, humanize } from '../../format'
import { usePaged } from '../../hooks/usePaged'

function columns(onOpen: (contractId: number) => void): Column<Contract>[] {
  return [
    {
      header: 'Contract',
      sort: (c) => c.title || null,
      cell: (c) => (
        <button type="button" className="link-button" onClick={() => onOpen(c.contractId)}>
          {c.title || `${humanize(c.type)} by ${c.issuerName ?? 'unknown pilot'}`}
        </button>
      ),
    },
    { header: 'Type', sort: (c) => c.type, cell: (c) => humanize(c.type) },
    { header: 'Issuer', sort: (c) => c.issuerName ?? null, cell: (c) => <EntityName kind="character" id={c.issuerId} name={c.issuerName} size={20} /> },
    { header: 'Status', sort: (c) => c.status, cell: (c) => humanize(c.status) },
    { header: 'Price', numeric: true, sort: (c) => (c.type === 'courier' ? c.reward : c.price), className: () => 'isk', cell: (c) => formatAmount(c.type === 'courier' ? c.reward : c.price) },
    { header: 'Expires (EVE)', sort: (c) => c.dateExpired, cell: (c) => formatInstant(c.dateExpired), className: () => 'nowrap' },
  ]
}

interface ContractListProps {
  owner: Owner
  filter: ContractFilter
  version: number
  onOpen: (contractId: number) => void
  empty: string
  /** What to say when the server refuses the list (404: a corporation whose contracts the roles do not open). */
  refused?: string
  testId: string
}

export function ContractList({ owner, filter, version, onOpen, empty, refused, testId }: ContractListProps) {
  const [refusedNow, setRefused] = useState(false)
  const paged = usePaged(
    (after: string | undefined) =>
      fetchContracts(owner, { ...filter, after }).then((page) => {
        setRefused(false)
        return { items: page.contracts, next: page.next }
      }, (error: unknown) => {
        // the server answers 404 for contracts this account may not read, as if the owner did not exist
        if (refused === undefined || !(error instanceof ApiError && error.status === 404)) throw error
        setRefused(true)
        return { items: [], next: null }
      }),
    [owner.kind, owner.id, filter, version],
  )
  return (
    <PagedList paged={paged} empty={refusedNow ? refused : empty}>
      {(contracts) => (
        <DataTable columns={columns(onOpen)} rows={contracts} rowKey={(c) => c.contractId} testId={testId}
          rowTestId="contract-row" />
      )}
    </PagedList>
  )
}
