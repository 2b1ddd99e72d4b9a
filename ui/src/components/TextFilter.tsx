interface TextFilterProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  testId?: string
}

/** A labelled box that narrows a table to the rows containing its words. */
export function TextFilter({ label, value, onChange, placeholder, testId }: TextFilterProps) {
  return (
    <label className="text-filter">
      {label}
      <input type="search" value={value} placeholder={placeholder} data-testid={testId} autoComplete="off"
        onChange={(event) => onChange(event.target.value)} />
    </label>
  )
}
