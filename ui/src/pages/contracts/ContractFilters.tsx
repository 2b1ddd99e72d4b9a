import type { ContractFilter } from '../../api/contracts'
import { SelectFilter } from '../../components/SelectFilter'
import { humanize } from '../../format'

const option = (value: string) => ({ value, label: humanize(value) })
const TYPES = ['item_exchange', 'auction', 'courier', 'loan'].map(option)
const STATUSES = ['outstanding', 'in_progress', 'finished', 'finished_issuer', 'finished_contractor', 'expired',
  'rejected', 'failed', 'deleted', 'reversed'].map(option)
const SORTS = [
  { value: '-issued', label: 'Newest first' },
  { value: 'expires', label: 'Expiring first' },
  { value: '-price', label: 'Price, highest first' },
  { value: 'price', label: 'Price, lowest first' },
]

interface ContractFiltersProps {
  filter: ContractFilter
  onChange: (filter: ContractFilter) => void
}

export function ContractFilters({ filter, onChange }: ContractFiltersProps) {
  const set = (name: keyof ContractFilter) => (value: string | undefined) => onChange({ ...filter, [name]: value })
  return (
    <div className="filters" role="group" aria-label="Contract filters">
      <SelectFilter label="Type" value={filter.type} anyLabel="All types" options={TYPES} onChange={set('type')} />
      <SelectFilter label="Status" value={filter.status} anyLabel="Any status" options={STATUSES}
        onChange={set('status')} />
      <SelectFilter label="Sort" value={filter.sort} options={SORTS} onChange={set('sort')} />
    </div>
  )
}
