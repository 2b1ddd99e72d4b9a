import { useState } from 'react'
import { ApiError } from '../../api/client'
import type { Owner } from '../../api/types'
import { fetchCorporationDivisions, type CorporationDivision } from '../../api/wallet'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { Panel } from '../../components/Panel'
import { SyncTimes } from '../../components/SyncTimes'
import { formatAmount, formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'
import { useCorporationName } from '../../hooks/useCorporationName'
import { useLiveVersion } from '../../live/useLiveVersion'
import { JournalList } from './JournalList'

/** The name EVE shows for a division whose name a Director has not read for us: the master wallet is the first. */
export function divisionName(d: Pick<CorporationDivision, 'division' | 'name'>): string {
  return d.name || (d.division === 1 ? 'Master wallet' : `Division ${d.division}`)
}

/** The divisions, or that this account may not read them (the server answers 404 as if there were none). */
function load(corporationId: number): Promise<CorporationDivision[] | 'refused'> {
  return fetchCorporationDivisions(corporationId).then((answer) => answer.divisions, (error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return 'refused' as const
    throw error
  })
}

function columns(chosen: number, onChoose: (division: number) => void): Column<CorporationDivision>[] {
  return [
    {
      header: 'Division',
      sort: (d) => d.division,
      cell: (d) => (
        <button type="button" className="link-button" aria-pressed={d.division === chosen} onClick={() => onChoose(d.division)}>
          {d.division}. {divisionName(d)}
        </button>
      ),
    },
    {
      header: 'Balance',
      numeric: true,
      className: () => 'isk',
      sort: (d) => (d.balance === null ? null : Number(d.balance)),
      cell: (d) => (d.balance === null ? <span className="muted">not synced</span> : formatAmount(d.balance)),
    },
    { header: 'Synced (EVE)', sort: (d) => d.syncedAt, className: () => 'nowrap', cell: (d) => formatInstant(d.syncedAt) },
  ]
}

/**
 * The wallet of the character's corporation: its seven divisions with names and balances, and the journal of the
 * one chosen (the master wallet first), for members whose roles there allow reading them.
 */
export function CorporationWallet({ corporationId }: { corporationId: number }) {
  const owner: Owner = { kind: 'corporations', id: corporationId }
  const { version } = useLiveVersion(`corporation.${corporationId}.wallet`)
  const who = useCorporationName(corporationId) ?? 'the corporation'
  const divisions = useAsync(() => load(corporationId), [corporationId, version])
  const [chosen, setChosen] = useState(1)
  return (
    <Panel title="Corporation wallet">
      <AsyncView result={divisions.result} onRetry={divisions.reload}
        isEmpty={(answer) => answer === 'refused' || answer.length === 0}
        empty={divisions.result.state === 'ready' && divisions.result.data === 'refused'
          ? `Reading the wallets of ${who} takes the Director or Accountant role there (as ESI last said).`
          : `The wallets of ${who} are not synced yet.`}>
        {(answer) => answer !== 'refused' && (
          <>
            <SyncTimes owner={owner} version={version}
              endpoints={{ CORPORATION_WALLET_BALANCES: 'Balances', CORPORATION_WALLET_JOURNAL: 'Journals' }} />
            <DataTable columns={columns(chosen, setChosen)} rows={answer} rowKey={(d) => d.division}
              testId="corporation-divisions" caption={`Wallet divisions of ${who}`} />
            <h3>Journal of {divisionName(answer.find((d) => d.division === chosen) ?? { division: chosen, name: null })}</h3>
            <JournalList source={{ owner, division: chosen }} version={version} testId="corporation-journal" />
          </>
        )}
      </AsyncView>
    </Panel>
  )
}
