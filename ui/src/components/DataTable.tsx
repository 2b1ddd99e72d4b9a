import type { ReactNode } from 'react'

/** A column: its header, how a row shows in it, and whether it holds numbers (right-aligned). */
export interface Column<T> {
  header: string
  cell: (row: T) => ReactNode
  numeric?: boolean
  /** Extra class of the cells, e.g. "isk negative" from the row. */
  className?: (row: T) => string
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

/** The app's tables: a header row of column names and a row per item, scrolling in their own box on phones. */
export function DataTable<T>({ columns, rows, rowKey, testId, rowTestId, caption, compact }: DataTableProps<T>) {
  const numeric = (column: Column<T>) => (column.numeric ? 'num' : '')
  return (
    // focusable and named, so that keyboard users can scroll a table wider than the screen
    <div className="table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : testId.replace(/-/g, ' ')}>
      <table className={`table ${compact ? 'compact' : ''}`} data-testid={testId}>
        {caption && <caption className="muted">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={numeric(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
