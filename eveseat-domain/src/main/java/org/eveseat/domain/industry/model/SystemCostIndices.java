package org.eveseat.domain.industry.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** The industry cost index of each activity in one solar system: the busier the system, the dearer the jobs. */
public record SystemCostIndices(SolarSystemId solarSystemId, List<CostIndex> costIndices) {
    public SystemCostIndices {
        Require.present(solarSystemId, "solar system");
        costIndices = Require.list(costIndices, "cost indices");
    }

    public record CostIndex(IndustryActivity activity, double costIndex) {
        public CostIndex {
            Require.present(activity, "activity");
            Require.between(costIndex, 0.0, Double.MAX_VALUE, "cost index");
        }
    }
}
