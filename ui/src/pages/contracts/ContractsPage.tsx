import { useState } from 'react'
import type { ContractFilter } from '../../api/contracts'
import type { Character, Owner } from '../../api/types'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { RequireCharacter } from '../../character/RequireCharacter'
import { useLiveVersion } from '../../live/useLiveVersion'
import { ContractDetails } from './ContractDetails'
import { ContractFilters } from './ContractFilters'
import { ContractList } from './ContractList'
import { CorporationContracts } from './CorporationContracts'
import { PublicContracts } from './PublicContracts'

const EXPIRING_SOON: ContractFilter = { status: 'outstanding', expiringWithin: 'P2D', sort: 'expires' }

/** A contract opened from one of the lists: whose it is (the character's or the corporation's) and which. */
export interface OpenContract {
  owner: Owner
  contractId: number
}

export function ContractsPage() {
  return <RequireCharacter>{(character) => <Contracts key={character.id} character={character} />}</RequireCharacter>
}

function Contracts({ character }: { character: Character }) {
  const [filter, setFilter] = useState<ContractFilter>({ sort: '-issued' })
  const [open, setOpen] = useState<OpenContract | null>(null)
  const { version } = useLiveVersion(`character.${character.id}.contracts`)
  const owner: Owner = { kind: 'characters', id: character.id }
  const openOwn = (contractId: number) => setOpen({ owner, contractId })
  return (
    <div className="contracts-layout">
      <div>
        <Panel title="Expiring soon">
          <ContractList owner={owner} filter={EXPIRING_SOON} version={version} onOpen={openOwn}
            empty="Nothing expires in the next two days." testId="expiring-soon" />
        </Panel>
        <Panel title="Contracts">
          <SyncTimes owner={owner} endpoints={{ CONTRACTS: 'Contracts' }} version={version} />
          <ContractFilters filter={filter} onChange={setFilter} />
          <ContractList owner={owner} filter={filter} version={version} onOpen={openOwn}
            empty="No contracts match." testId="contracts" />
        </Panel>
        {character.corporationId && (
          <CorporationContracts corporationId={character.corporationId} filter={filter} onOpen={setOpen} />
        )}
        <PublicContracts />
      </div>
      {open !== null && <ContractDetails key={`${open.owner.kind}-${open.contractId}`} owner={open.owner}
        contractId={open.contractId} onClose={() => setOpen(null)} />}
    </div>
  )
}
