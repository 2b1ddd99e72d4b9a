import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DataTable, type Column } from './DataTable'

interface Row { id: number; name: string | null; amount: number }

const COLUMNS: Column<Row>[] = [
  { header: 'Name', cell: (r) => r.name ?? 'Unknown', sort: (r) => r.name },
  { header: 'Amount', numeric: true, cell: (r) => r.amount, sort: (r) => r.amount },
  { header: 'Id', cell: (r) => r.id },
]

const ROWS: Row[] = [{ id: 1, name: 'Bo', amount: 20 }, { id: 2, name: null, amount: 5 }, { id: 3, name: 'Ava', amount: 100 }]

function names(): string[] {
  return screen.getAllByTestId('row').map((row) => within(row).getAllByRole('cell')[0].textContent ?? '')
}

describe('data table', () => {
  it('sorts by a clicked column, reverses on a second click, and keeps unknowns last', async () => {
    render(<DataTable columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} testId="t" rowTestId="row" />)
    expect(names()).toEqual(['Bo', 'Unknown', 'Ava'])

    await userEvent.click(screen.getByRole('button', { name: 'Name' }))
    expect(names()).toEqual(['Ava', 'Bo', 'Unknown'])
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending')
    await userEvent.click(screen.getByRole('button', { name: /Name/ }))
    expect(names()).toEqual(['Bo', 'Ava', 'Unknown'])

    await userEvent.click(screen.getByRole('button', { name: 'Amount' }))
    expect(names()).toEqual(['Unknown', 'Bo', 'Ava'])
    expect(screen.queryByRole('button', { name: 'Id' })).toBeNull()
  })
})
