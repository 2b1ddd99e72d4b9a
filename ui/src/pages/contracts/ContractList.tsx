import { fetchContracts, type Contract, type ContractFilter } from '../../api/contracts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'
import { PagedList } from '../../components/PagedList'
import { formatAmount, formatInstant, humanize } from '../../format'
import { usePaged } from '../../hooks/usePaged'

function columns(onOpen: (contractId: number) => void): Column<Contract>[] {
  return [
    {
      header: 'Contract',
      cell: (c) => (
        <button type="button" className="link-button" onClick={() => onOpen(c.contractId)}>
          {c.title || `${humanize(c.type)} by ${c.issuerName ?? 'unknown pilot'}`}
        </button>
      ),
    },
    { header: 'Type', cell: (c) => humanize(c.type) },
    { header: 'Issuer', cell: (c) => <EntityName kind="character" id={c.issuerId} name={c.issuerName} size={20} /> },
    { header: 'Status', cell: (c) => humanize(c.status) },
    { header: 'Price', numeric: true, className: () => 'isk', cell: (c) => formatAmount(c.type === 'courier' ? c.reward : c.price) },
    { header: 'Expires (EVE)', cell: (c) => formatInstant(c.dateExpired), className: () => 'nowrap' },
  ]
}

interface ContractListProps {
  characterId: number
  filter: ContractFilter
  version: number
  onOpen: (contractId: number) => void
  empty: string
  testId: string
}

export function ContractList({ characterId, filter, version, onOpen, empty, testId }: ContractListProps) {
  const paged = usePaged(
    (after: string | undefined) =>
      fetchContracts(characterId, { ...filter, after }).then((page) => ({ items: page.contracts, next: page.next })),
    [characterId, filter, version],
  )
  return (
    <PagedList paged={paged} empty={empty}>
      {(contracts) => (
        <DataTable columns={columns(onOpen)} rows={contracts} rowKey={(c) => c.contractId} testId={testId}
          rowTestId="contract-row" />
      )}
    </PagedList>
  )
}
