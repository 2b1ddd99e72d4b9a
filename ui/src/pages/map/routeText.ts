import type { MapSystem, SystemRef } from '../../api/universe'
import { securityBand } from './colours'

/** Parses a list of system names or ids typed by hand ("Jita, Amarr") against the loaded map; unknown names listed. */
export function resolveSystems(text: string, byName: Map<string, MapSystem>): { ids: number[]; unknown: string[] } {
  const ids: number[] = []
  const unknown: string[] = []
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const system = byName.get(part.toLowerCase())
    if (system) ids.push(system.id)
    else unknown.push(part)
  }
  return { ids, unknown }
}

/** Counts of a route's systems per security band: what a pilot checks before undocking. */
export function routeSummary(systems: SystemRef[]): { high: number; low: number; null: number } {
  const summary = { high: 0, low: 0, null: 0 }
  for (const s of systems) summary[securityBand(s.security)]++
  return summary
}
