package org.eveseat.adapter.esi.location;

import java.time.Instant;

/** The bodies of ESI's location, ship and online routes (snake_case through {@code EsiJson}). */
public final class PilotLocationDtos {
    private PilotLocationDtos() {
    }

    /** {@code station_id} when docked in an NPC station, {@code structure_id} in a player structure. */
    public record LocationDto(long solarSystemId, Long stationId, Long structureId) {
    }

    public record ShipDto(long shipItemId, String shipName, long shipTypeId) {
    }

    /** {@code last_login}, {@code last_logout} and {@code logins} are absent for a pilot who never logged in. */
    public record OnlineDto(boolean online, Instant lastLogin, Instant lastLogout, Integer logins) {
    }
}
