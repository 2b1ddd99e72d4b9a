package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * A structure not kept yet where open orders of this server's users sit: the admin may want its whole market. The
 * region is that of the orders; the name is known only once a character with docking access reads it.
 */
public record StructureSuggestion(long structureId, RegionId regionId, String regionName, long ownOrders) {
    public StructureSuggestion {
        Require.positive(structureId, "structure id");
        Require.present(regionId, "region id");
        Require.positive(ownOrders, "own orders");
    }

    public StructureSuggestion named(String name) {
        return new StructureSuggestion(structureId, regionId, name, ownOrders);
    }
}
