package org.eveseat.adapter.esi.intel;

import java.math.BigDecimal;
import java.util.List;

/** An incursion as ESI sends it. */
public record IncursionDto(long constellationId, long factionId, String type, String state, BigDecimal influence,
                           boolean hasBoss, long stagingSolarSystemId, List<Long> infestedSolarSystems) {
}
