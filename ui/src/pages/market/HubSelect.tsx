import type { TradeHub } from '../../api/market'

interface HubSelectProps {
  label: string
  testId: string
  hubs: TradeHub[]
  value: number | null
  onChange: (stationId: number | null) => void
  /** When given, an option for no particular hub (e.g. "Every other hub"). */
  anyLabel?: string
}

/** One of the trade hubs, by its system's name (the station in full as the option's title). */
export function HubSelect({ label, testId, hubs, value, onChange, anyLabel }: HubSelectProps) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {hubs.map((hub) => (
          <option key={hub.stationId} value={hub.stationId} title={hub.stationName}>
            {hub.systemName} ({hub.regionName})
          </option>
        ))}
      </select>
    </label>
  )
}
