/** EVE's five standings, as the client offers them. */
export const STANDINGS = [
  { value: 10, label: 'Excellent (+10)' },
  { value: 5, label: 'Good (+5)' },
  { value: 0, label: 'Neutral (0)' },
  { value: -5, label: 'Bad (-5)' },
  { value: -10, label: 'Terrible (-10)' },
]
