import type { ContractFilter } from '../../api/contracts'
import type { Owner } from '../../api/types'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { useLiveVersion } from '../../live/useLiveVersion'
import { useCorporationName } from '../../hooks/useCorporationName'
import { ContractList } from './ContractList'
import type { OpenContract } from './ContractsPage'

interface CorporationContractsProps {
  corporationId: number
  filter: ContractFilter
  onOpen: (contract: OpenContract) => void
}

/** The contracts of the character's corporation, with the same filter, for members whose roles there allow it. */
export function CorporationContracts({ corporationId, filter, onOpen }: CorporationContractsProps) {
  const owner: Owner = { kind: 'corporations', id: corporationId }
  const { version } = useLiveVersion(`corporation.${corporationId}.contracts`)
  const who = useCorporationName(corporationId) ?? 'the corporation'
  return (
    <Panel title="Corporation contracts">
      <SyncTimes owner={owner} endpoints={{ CORPORATION_CONTRACTS: `Contracts of ${who}` }} version={version} />
      <ContractList owner={owner} filter={filter} version={version}
        onOpen={(contractId) => onOpen({ owner, contractId })}
        empty={`No contracts of ${who} match, or they are not synced yet.`}
        refused={`Reading the contracts of ${who} takes the Director or Contract Manager role there (as ESI last said).`}
        testId="corporation-contracts" />
    </Panel>
  )
}
