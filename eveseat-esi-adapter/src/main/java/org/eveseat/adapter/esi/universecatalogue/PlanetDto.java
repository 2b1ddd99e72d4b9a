package org.eveseat.adapter.esi.universecatalogue;

/** A planet as ESI sends it. */
public record PlanetDto(long planetId, String name, long typeId, long systemId, PositionDto position) {
}
