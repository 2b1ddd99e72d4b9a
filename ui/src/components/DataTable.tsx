import { useState, type ReactNode } from 'react'

/** A column: its header, how a row shows in it, and whether it holds numbers (right-aligned). */
export interface Column<T> {
  header: string
  cell: (row: T) => ReactNode
  numeric?: boolean
  /** Extra class of the cells, e.g. "isk negative" from the row. */
  className?: (row: T) => string
  /** The value the rows sort by when the header is clicked; a column without one does not sort. */
  sort?: (row: T) => string | number | null
}

interface DataTableProps<T> {
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string | number
  testId: string
  rowTestId?: string
  caption?: ReactNode
  compact?: boolean
}

type Order = { column: string; ascending: boolean } | null

function sorted<T>(rows: T[], columns: Column<T>[], order: Order): T[] {
  const by = order && columns.find((c) => c.header === order.column)?.sort
  if (!order || !by) return rows
  const direction = order.ascending ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = by(a)
    const y = by(b)
    if (x === y) return 0
    if (x === null) return 1
    if (y === null) return -1
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction
  })
}

/**
 * The app's tables: a header row of column names (a click on a sortable one sorts the rows, again reverses) and a
 * row per item, scrolling in their own box on phones.
 */
export function DataTable<T>({ columns, rows, rowKey, testId, rowTestId, caption, compact }: DataTableProps<T>) {
  const [order, setOrder] = useState<Order>(null)
  const numeric = (column: Column<T>) => (column.numeric ? 'num' : '')
  const sortBy = (header: string) =>
    setOrder((o) => ({ column: header, ascending: o?.column === header ? !o.ascending : true }))
  return (
    // focusable and named, so that keyboard users can scroll a table wider than the screen
    <div className="table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : testId.replace(/-/g, ' ')}>
      <table className={`table ${compact ? 'compact' : ''}`} data-testid={testId}>
        {caption && <caption className="muted">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              const active = order?.column === column.header
              return (
                <th key={column.header} scope="col" className={numeric(column)}
                  aria-sort={active ? (order.ascending ? 'ascending' : 'descending') : undefined}>
                  {column.sort ? (
                    <button type="button" className="sort-button" onClick={() => sortBy(column.header)}>
                      {column.header}
                      <span aria-hidden="true">{active ? (order.ascending ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted(rows, columns, order).map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <td key={column.header} className={`${numeric(column)} ${column.className?.(row) ?? ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
