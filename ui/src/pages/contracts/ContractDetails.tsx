import { fetchContract, fetchContractBids, fetchContractItems } from '../../api/contracts'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { formatAmount, formatInstant, humanize } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { ContractBids } from './ContractBids'
import { ContractItems } from './ContractItems'

interface ContractDetailsProps {
  characterId: number
  contractId: number
  onClose: () => void
}

/** One contract's terms, its items and, for an auction, its bids. */
export function ContractDetails({ characterId, contractId, onClose }: ContractDetailsProps) {
  const { result, reload } = useAsync(
    () =>
      Promise.all([
        fetchContract(characterId, contractId),
        fetchContractItems(characterId, contractId).then((r) => r.items),
        fetchContractBids(characterId, contractId).then((r) => r.bids),
      ]),
    [characterId, contractId],
  )
  return (
    <Panel title="Contract details" className="contract-details"
      actions={<button type="button" className="button secondary small" onClick={onClose}>Close</button>}>
      <AsyncView result={result} onRetry={reload}>
        {([contract, items, bids]) => (
          <div data-testid="contract-details">
            <h3>{contract.title || `Contract #${contract.contractId}`}</h3>
            <dl className="terms">
              <Term name="Type" value={humanize(contract.type)} />
              <Term name="Status" value={humanize(contract.status)} />
              <Term name="Availability" value={humanize(contract.availability)} />
              <Term name="Price" value={formatAmount(contract.price)} />
              {contract.type === 'auction' && <Term name="Buyout" value={formatAmount(contract.buyout)} />}
              {contract.type === 'courier' && <Term name="Reward" value={formatAmount(contract.reward)} />}
              {contract.type === 'courier' && <Term name="Collateral" value={formatAmount(contract.collateral)} />}
              {contract.route && <Term name="Route" value={`${contract.route.jumps ?? '?'} jumps`} />}
              <Term name="Issued" value={formatInstant(contract.dateIssued)} />
              <Term name="Expires" value={formatInstant(contract.dateExpired)} />
            </dl>
            <ContractItems items={items} />
            {contract.type === 'auction' && <ContractBids bids={bids} />}
          </div>
        )}
      </AsyncView>
    </Panel>
  )
}

function Term({ name, value }: { name: string; value: string }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  )
}
