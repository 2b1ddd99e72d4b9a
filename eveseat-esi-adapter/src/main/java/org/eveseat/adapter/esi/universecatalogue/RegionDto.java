package org.eveseat.adapter.esi.universecatalogue;

import java.util.List;

/** A region as ESI sends it; {@code description} may be absent. */
public record RegionDto(long regionId, String name, String description, List<Long> constellations) {
}
