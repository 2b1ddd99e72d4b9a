import { useState, type FormEvent } from 'react'
import type { JournalFilter } from '../../api/wallet'
import { SelectFilter } from '../../components/SelectFilter'
import { humanize } from '../../format'

const REF_TYPES = [
  'player_donation',
  'market_transaction',
  'market_escrow',
  'bounty_prizes',
  'agent_mission_reward',
  'contract_price',
  'contract_reward',
  'corporation_account_withdrawal',
  'brokers_fee',
  'transaction_tax',
]

const FIELDS: { name: keyof JournalFilter; label: string; type: string }[] = [
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To (excluded)', type: 'date' },
  { name: 'minAmount', label: 'Min ISK', type: 'number' },
  { name: 'maxAmount', label: 'Max ISK', type: 'number' },
  { name: 'counterparty', label: 'Counterparty id', type: 'number' },
]

/** The journal's filters, applied on submit so typing does not fire a query per key. */
export function JournalFilters({ onApply }: { onApply: (filter: JournalFilter) => void }) {
  const [filter, setFilter] = useState<JournalFilter>({})
  const set = (name: keyof JournalFilter, value: string) => setFilter((f) => ({ ...f, [name]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    onApply(filter)
  }

  return (
    <form className="filters" onSubmit={submit} aria-label="Journal filters">
      <SelectFilter label="Type" value={filter.refTypes} anyLabel="Any"
        options={REF_TYPES.map((type) => ({ value: type, label: humanize(type) }))}
        onChange={(type) => set('refTypes', type ?? '')} />
      {FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input
            type={field.type}
            name={field.name}
            value={filter[field.name] ?? ''}
            onChange={(e) => set(field.name, e.target.value)}
          />
        </label>
      ))}
      <button type="submit" className="button primary small">
        Apply
      </button>
    </form>
  )
}
