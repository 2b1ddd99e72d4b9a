import { fetchContract, fetchContractBids, fetchContractItems, type ContractDetails as ContractDetailsType } from '../../api/contracts'
import type { Owner } from '../../api/types'
import { AsyncView } from '../../components/AsyncView'
import { EntityName } from '../../components/EntityName'
import { Panel } from '../../components/Panel'
import type { ReactNode } from 'react'
import { formatAmount, formatInstant, humanize } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { ContractBids } from './ContractBids'
import { ContractItems } from './ContractItems'

interface ContractDetailsProps {
  owner: Owner
  contractId: number
  onClose: () => void
}

/** One contract's terms, its items and, for an auction, its bids. */
export function ContractDetails({ owner, contractId, onClose }: ContractDetailsProps) {
  const { result, reload } = useAsync(
    () =>
      Promise.all([
        fetchContract(owner, contractId),
        fetchContractItems(owner, contractId).then((r) => r.items),
        fetchContractBids(owner, contractId).then((r) => r.bids),
      ]),
    [owner.kind, owner.id, contractId],
  )
  return (
    <Panel title="Contract details" className="contract-details"
      actions={<button type="button" className="button secondary small" onClick={onClose}>Close</button>}>
      <AsyncView result={result} onRetry={reload}>
        {([contract, items, bids]) => (
          <div data-testid="contract-details">
            <h3>{contract.title || `${humanize(contract.type)} by ${contract.issuerName ?? 'unknown pilot'}`}</h3>
            <dl className="terms">
              <Term name="Type" value={humanize(contract.type)} />
              <Term name="Status" value={humanize(contract.status)} />
              <Term name="Issuer" value={<EntityName kind="character" id={contract.issuerId} name={contract.issuerName} size={20} />} />
              {contract.assigneeId != null && (
                <Term name="Assigned to" value={<EntityName kind="character" id={contract.assigneeId} name={contract.assigneeName} size={0} />} />
              )}
              {contract.startLocationId != null && (
                <Term name={contract.type === 'courier' ? 'Pickup' : 'Location'}
                  value={<EntityName kind="place" id={contract.startLocationId} name={contract.startLocationName} size={0} />} />
              )}
              {contract.type === 'courier' && contract.endLocationId != null && (
                <Term name="Destination" value={<EntityName kind="place" id={contract.endLocationId} name={contract.endLocationName} size={0} />} />
              )}
              <Term name="Availability" value={humanize(contract.availability)} />
              <Term name="Price" value={formatAmount(contract.price)} />
              {contract.type === 'auction' && <Term name="Buyout" value={formatAmount(contract.buyout)} />}
              {contract.type === 'courier' && <Term name="Reward" value={formatAmount(contract.reward)} />}
              {contract.type === 'courier' && <Term name="Collateral" value={formatAmount(contract.collateral)} />}
              {contract.route && <Term name="Route" value={route(contract.route)} />}
              {contract.type === 'courier' && contract.route?.jumps && contract.reward !== null && (
                <Term name="Reward per jump" value={formatAmount(contract.reward / contract.route.jumps)} />
              )}
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

function route(r: NonNullable<ContractDetailsType['route']>): string {
  const jumps = r.jumps === null ? 'jumps unknown' : `${r.jumps} jumps`
  const ends = r.startSystemName && r.endSystemName ? `${r.startSystemName} → ${r.endSystemName}, ` : ''
  return ends + jumps
}

function Term({ name, value }: { name: string; value: ReactNode }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  )
}
