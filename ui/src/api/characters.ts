import { requestJson } from './client'

/** One part of a character's status: its value, the scope to grant, or why ESI could not give it now. */
export type StatusPart<T> =
  | { state: 'ok'; value: T; expires: string }
  | { state: 'notGranted'; missingScope: string }
  | { state: 'unavailable'; reason: string }

export interface Whereabouts {
  systemId: number
  systemName: string | null
  /** True security status; null for a system the static data does not know. */
  security: number | null
  regionId: number | null
  regionName: string | null
  /** The station or structure docked in; null in space. */
  dockedId: number | null
  dockedName: string | null
  structure: boolean
}

export interface ShipStatus {
  typeId: number
  typeName: string | null
  itemId: number
  name: string | null
}

export interface OnlineStatus {
  online: boolean
  lastLogin: string | null
  lastLogout: string | null
  logins: number | null
}

export interface SkillPoints {
  total: number
  unallocated: number
}

/** Response of GET /api/v1/characters/{id}/status. */
export interface CharacterStatus {
  characterId: number
  corporationId: number | null
  corporationName: string | null
  allianceId: number | null
  allianceName: string | null
  location: StatusPart<Whereabouts>
  ship: StatusPart<ShipStatus>
  online: StatusPart<OnlineStatus>
  skillPoints: StatusPart<SkillPoints>
  lastSync: string | null
}

export function fetchCharacterStatus(characterId: number): Promise<CharacterStatus> {
  return requestJson('GET', `/api/v1/characters/${characterId}/status`)
}

/** One of the caller's own characters and where it is (the star map's character layer). */
export interface PilotLocation {
  characterId: number
  name: string
  location: StatusPart<Whereabouts>
}

/** Response of GET /api/v1/characters/locations: only the caller's own characters, by name. */
export function fetchPilotLocations(): Promise<PilotLocation[]> {
  return requestJson<{ characters: PilotLocation[] }>('GET', '/api/v1/characters/locations')
    .then((answer) => answer.characters)
}
