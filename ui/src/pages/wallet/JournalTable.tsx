import type { JournalEntry } from '../../api/wallet'
import { formatAmount, formatInstant, humanize } from '../../format'

function party(name: string | null, id: number | null): string {
  return name ?? (id === null ? '—' : `#${id}`)
}

export function JournalTable({ entries }: { entries: JournalEntry[] }) {
  return (
    <table className="table" data-testid="journal">
      <thead>
        <tr>
          <th scope="col">Date (EVE)</th>
          <th scope="col">Type</th>
          <th scope="col">From → To</th>
          <th scope="col">Description</th>
          <th scope="col" className="num">Amount</th>
          <th scope="col" className="num">Balance</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="journal-row">
            <td className="nowrap">{formatInstant(entry.date)}</td>
            <td>{humanize(entry.refType)}</td>
            <td>
              {party(entry.firstPartyName, entry.firstPartyId)} → {party(entry.secondPartyName, entry.secondPartyId)}
            </td>
            <td>{entry.reason || entry.description}</td>
            <td className={`num isk ${entry.amount?.startsWith('-') ? 'negative' : 'positive'}`}>
              {formatAmount(entry.amount)}
            </td>
            <td className="num">{formatAmount(entry.balance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
