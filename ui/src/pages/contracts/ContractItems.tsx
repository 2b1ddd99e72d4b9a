import type { ContractItem } from '../../api/contracts'
import { DataTable, type Column } from '../../components/DataTable'

const COLUMNS: Column<ContractItem>[] = [
  { header: 'Type id', cell: (i) => i.typeId },
  { header: 'Quantity', numeric: true, cell: (i) => i.quantity.toLocaleString('en') },
  { header: 'Direction', cell: (i) => (i.included ? 'offered' : 'asked for') },
]

export function ContractItems({ items }: { items: ContractItem[] }) {
  return (
    <>
      <h4>Items</h4>
      {items.length === 0 ? (
        <p className="muted empty">No items.</p>
      ) : (
        <DataTable columns={COLUMNS} rows={items} rowKey={(i) => i.recordId} testId="contract-items" compact />
      )}
    </>
  )
}
