import { fetchContracts, type ContractFilter } from '../../api/contracts'
import { PagedList } from '../../components/PagedList'
import { formatAmount, formatInstant, humanize } from '../../format'
import { usePaged } from '../../hooks/usePaged'

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
        <table className="table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">Contract</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">Price</th>
              <th scope="col">Expires (EVE)</th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => (
              <tr key={c.contractId} data-testid="contract-row">
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(c.contractId)}>
                    {c.title || `Contract #${c.contractId}`}
                  </button>
                </td>
                <td>{humanize(c.type)}</td>
                <td>{humanize(c.status)}</td>
                <td className="num isk">{formatAmount(c.type === 'courier' ? c.reward : c.price)}</td>
                <td className="nowrap">{formatInstant(c.dateExpired)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PagedList>
  )
}
