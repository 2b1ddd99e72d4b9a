import { useState } from 'react'
import { fetchStatistics } from '../../api/wallet'
import { AsyncView } from '../../components/AsyncView'
import { Panel } from '../../components/Panel'
import { useAsync } from '../../hooks/useAsync'
import { IskFlowChart } from './IskFlowChart'

type Period = 'day' | 'week' | 'month'

export function FlowPanel({ characterId, version }: { characterId: number; version: number }) {
  const [period, setPeriod] = useState<Period>('day')
  const { result, reload } = useAsync(() => fetchStatistics(characterId, period), [characterId, period, version])
  return (
    <Panel
      title="ISK flow"
      actions={
        <label className="inline">
          Per
          <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
      }
    >
      <AsyncView
        result={result}
        isEmpty={(s) => s.byPeriod.length === 0}
        empty="No journal entries in the last year."
        onRetry={reload}
      >
        {(statistics) => <IskFlowChart statistics={statistics} />}
      </AsyncView>
    </Panel>
  )
}
