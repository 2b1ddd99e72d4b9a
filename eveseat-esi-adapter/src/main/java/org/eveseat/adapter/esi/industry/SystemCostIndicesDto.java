package org.eveseat.adapter.esi.industry;

import java.util.List;

/** The cost indices of one solar system as ESI sends them. */
public record SystemCostIndicesDto(long solarSystemId, List<CostIndexDto> costIndices) {
    public record CostIndexDto(String activity, double costIndex) {
    }
}
