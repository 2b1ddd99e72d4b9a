import type { ContractItem } from '../../api/contracts'

export function ContractItems({ items }: { items: ContractItem[] }) {
  return (
    <>
      <h4>Items</h4>
      {items.length === 0 ? (
        <p className="muted empty">No items.</p>
      ) : (
        <table className="table compact" data-testid="contract-items">
          <thead>
            <tr>
              <th scope="col">Type id</th>
              <th scope="col" className="num">Quantity</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.recordId}>
                <td>{item.typeId}</td>
                <td className="num">{item.quantity.toLocaleString('en')}</td>
                <td>{item.included ? 'offered' : 'asked for'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
