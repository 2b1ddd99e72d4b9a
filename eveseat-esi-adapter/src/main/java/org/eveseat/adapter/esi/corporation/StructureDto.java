package org.eveseat.adapter.esi.corporation;

import java.time.Instant;
import java.util.List;

/** An Upwell structure of a corporation as ESI sends it. */
public record StructureDto(long structureId, long corporationId, long typeId, long systemId, String name,
                           long profileId, String state, Instant stateTimerStart, Instant stateTimerEnd,
                           Instant fuelExpires, Instant unanchorsAt, Integer reinforceHour,
                           Integer nextReinforceHour, Instant nextReinforceApply, List<Service> services) {
    public record Service(String name, String state) {
    }
}
