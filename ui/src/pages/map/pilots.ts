import type { PilotLocation } from '../../api/characters'
import type { MapScene } from './mapScene'

/** A system of the scene with some of the user's own characters in it, as the map marks it. */
export interface PilotMark {
  index: number
  names: string[]
}

/** Why a character has no mark: the location scope not granted, ESI not telling, or a system off the map. */
export interface PilotNote {
  characterId: number
  name: string
  why: 'notGranted' | 'unavailable' | 'offMap'
  detail: string
}

/** The located characters by system id, in the answer's order (by name). */
export function pilotsBySystem(pilots: PilotLocation[] | null): Map<number, PilotLocation[]> {
  const bySystem = new Map<number, PilotLocation[]>()
  for (const pilot of pilots ?? []) {
    if (pilot.location.state !== 'ok') continue
    const id = pilot.location.value.systemId
    const here = bySystem.get(id)
    if (here) here.push(pilot)
    else bySystem.set(id, [pilot])
  }
  return bySystem
}

/** One mark per system of the scene with any located character; those in other regions are left out. */
export function pilotMarks(scene: MapScene, pilots: PilotLocation[] | null): PilotMark[] {
  const marks: PilotMark[] = []
  for (const [systemId, here] of pilotsBySystem(pilots)) {
    const index = scene.indexById.get(systemId)
    if (index !== undefined) marks.push({ index, names: here.map((p) => p.name) })
  }
  return marks
}

/**
 * The characters the map cannot mark, and why. `onMap` tells whether New Eden's map has a system at all (a
 * wormhole or abyssal system has no place on it); a character in another region than the one shown is not noted.
 */
export function pilotNotes(pilots: PilotLocation[] | null, onMap: (systemId: number) => boolean): PilotNote[] {
  const notes: PilotNote[] = []
  for (const pilot of pilots ?? []) {
    const { characterId, name, location } = pilot
    if (location.state === 'notGranted') notes.push({ characterId, name, why: 'notGranted', detail: location.missingScope })
    else if (location.state === 'unavailable') notes.push({ characterId, name, why: 'unavailable', detail: location.reason })
    else if (!onMap(location.value.systemId)) {
      notes.push({ characterId, name, why: 'offMap', detail: location.value.systemName ?? 'an unknown system' })
    }
  }
  return notes
}

/** The label beside a mark: one name, or the first and how many more. */
export function markLabel(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names[0]} +${names.length - 1}`
}
