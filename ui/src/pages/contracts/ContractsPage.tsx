import { useState } from 'react'
import type { ContractFilter } from '../../api/contracts'
import type { Character } from '../../api/types'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { RequireCharacter } from '../../character/RequireCharacter'
import { useLiveVersion } from '../../live/useLiveVersion'
import { ContractDetails } from './ContractDetails'
import { ContractFilters } from './ContractFilters'
import { ContractList } from './ContractList'
import { PublicContracts } from './PublicContracts'

const EXPIRING_SOON: ContractFilter = { status: 'outstanding', expiringWithin: 'P2D', sort: 'expires' }

export function ContractsPage() {
  return <RequireCharacter>{(character) => <Contracts key={character.id} character={character} />}</RequireCharacter>
}

function Contracts({ character }: { character: Character }) {
  const [filter, setFilter] = useState<ContractFilter>({ sort: '-issued' })
  const [open, setOpen] = useState<number | null>(null)
  const { version } = useLiveVersion(`character.${character.id}.contracts`)
  return (
    <div className="contracts-layout">
      <div>
        <Panel title="Expiring soon">
          <ContractList characterId={character.id} filter={EXPIRING_SOON} version={version} onOpen={setOpen}
            empty="Nothing expires in the next two days." testId="expiring-soon" />
        </Panel>
        <Panel title="Contracts">
          <SyncTimes owner={{ kind: 'characters', id: character.id }} endpoints={{ CONTRACTS: 'Contracts' }}
            version={version} />
          <ContractFilters filter={filter} onChange={setFilter} />
          <ContractList characterId={character.id} filter={filter} version={version} onOpen={setOpen}
            empty="No contracts match." testId="contracts" />
        </Panel>
        <PublicContracts />
      </div>
      {open !== null && <ContractDetails characterId={character.id} contractId={open} onClose={() => setOpen(null)} />}
    </div>
  )
}
