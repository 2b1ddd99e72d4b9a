package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.RegionId;

/** The regions of the five trade hubs (Jita, Amarr, Dodixie, Rens, Hek), whose books are kept unless an admin chose. */
public final class HubRegions {
    public static final List<RegionId> ALL = List.of(new RegionId(10000002), new RegionId(10000043),
            new RegionId(10000032), new RegionId(10000030), new RegionId(10000042));

    private HubRegions() {
    }
}
