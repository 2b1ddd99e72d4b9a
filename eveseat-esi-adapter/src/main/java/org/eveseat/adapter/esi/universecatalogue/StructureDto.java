package org.eveseat.adapter.esi.universecatalogue;

/** A player structure as ESI sends it; {@code type_id} and {@code position} may be absent. */
public record StructureDto(String name, long ownerId, long solarSystemId, Long typeId, PositionDto position) {
}
