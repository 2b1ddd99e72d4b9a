import type { MapSystem, SystemRef } from '../../api/universe'
import { securityBand } from './colours'

/**
 * Parses a list of system names typed by hand ("Jita, Amarr") against the loaded map, in order, whatever their
 * case; with `regions`, region names count too (an avoid list takes both). Unknown names are listed.
 */
export function resolveSystems(text: string, byName: Map<string, MapSystem>,
  regions?: Map<string, number>): { ids: number[]; unknown: string[] } {
  const ids: number[] = []
  const unknown: string[] = []
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const id = byName.get(part.toLowerCase())?.id ?? regions?.get(part.toLowerCase())
    if (id !== undefined) ids.push(id)
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
