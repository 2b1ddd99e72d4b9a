interface SelectFilterProps {
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
  /** When given, an extra first option that clears the filter. */
  anyLabel?: string
  onChange: (value: string | undefined) => void
}

/** A labelled drop-down of a filter bar. */
export function SelectFilter({ label, value, options, anyLabel, onChange }: SelectFilterProps) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
