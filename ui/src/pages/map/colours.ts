import { interpolateInferno } from 'd3-scale-chromatic'

export { displayedSecurity, securityBand, securityColour } from './security'

/** 0..1 on a logarithmic scale up to the busiest system, so a quiet system still shows against an empty one. */
export function heat(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0
  return Math.min(1, Math.log1p(value) / Math.log1p(max))
}

/** The heat map's colour for a 0..1 heat: dark purple through orange to pale yellow. */
export function heatColour(level: number): string {
  return interpolateInferno(0.25 + 0.75 * Math.min(1, Math.max(0, level)))
}

/**
 * A stable colour per sovereignty holder: its id spread over the hue circle by the golden angle, so neighbouring
 * ids (alliances created one after another) still look different.
 */
export function holderColour(holderId: number): string {
  const hue = Math.round((holderId * 137.508) % 360)
  return `hsl(${hue}, 70%, 55%)`
}
