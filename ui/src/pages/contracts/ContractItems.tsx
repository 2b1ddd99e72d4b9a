import type { ContractItem } from '../../api/contracts'
import { DataTable, type Column } from '../../components/DataTable'
import { EntityName } from '../../components/EntityName'

const COLUMNS: Column<ContractItem>[] = [
  { header: 'Item', sort: (i) => i.typeName ?? null, cell: (i) => <EntityName kind="type" id={i.typeId} name={i.typeName} /> },
  { header: 'Quantity', numeric: true, sort: (i) => i.quantity, cell: (i) => i.quantity.toLocaleString('en') },
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
