package org.eveseat.domain.industry.model;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** A public industry facility (an NPC station) and its tax, null where ESI reports none. */
public record IndustryFacility(long facilityId, TypeId typeId, CorporationId ownerId, SolarSystemId solarSystemId,
                               RegionId regionId, Double tax) {
    public IndustryFacility {
        Require.positive(facilityId, "facility id");
        Require.present(typeId, "type id");
        Require.present(ownerId, "owner");
        Require.present(solarSystemId, "solar system");
        Require.present(regionId, "region");
    }
}
