package org.eveseat.adapter.esi.fleet;

/** The fleet a character is in, as ESI sends it; -1 for the wing or squad its role has none of. */
public record FleetMembershipDto(long fleetId, long fleetBossId, String role, long wingId, long squadId) {
}
