package org.eveseat.adapter.esi.fleet;

import java.util.List;

/** A wing and its squads as ESI sends them. */
public record FleetWingDto(long id, String name, List<SquadDto> squads) {
    public record SquadDto(long id, String name) {
    }
}
