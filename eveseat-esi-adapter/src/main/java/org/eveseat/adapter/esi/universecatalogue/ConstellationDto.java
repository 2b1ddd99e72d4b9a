package org.eveseat.adapter.esi.universecatalogue;

import java.util.List;

/** A constellation as ESI sends it. */
public record ConstellationDto(long constellationId, String name, long regionId, PositionDto position,
                               List<Long> systems) {
}
