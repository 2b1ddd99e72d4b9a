import type { StructurePlace, TradeHub } from '../../api/market'
import { structureLabel } from './StructuresPage'

interface HubSelectProps {
  label: string
  testId: string
  hubs: TradeHub[]
  value: number | null
  onChange: (stationId: number | null) => void
  /** When given, an option for no particular hub (e.g. "Every other hub"). */
  anyLabel?: string
  /** Kept player structures offered beside the hubs, by name. */
  structures?: StructurePlace[]
}

/** One of the trade hubs, by its system's name (the station in full as the option's title), or a kept structure. */
export function HubSelect({ label, testId, hubs, value, onChange, anyLabel, structures = [] }: HubSelectProps) {
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
        {structures.length > 0 && (
          <optgroup label="Structures">
            {structures.map((s) => <option key={s.structureId} value={s.structureId}>{structureLabel(s)}</option>)}
          </optgroup>
        )}
      </select>
    </label>
  )
}
