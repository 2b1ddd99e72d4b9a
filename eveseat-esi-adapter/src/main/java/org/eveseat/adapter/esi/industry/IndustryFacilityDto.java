package org.eveseat.adapter.esi.industry;

/** A public industry facility as ESI sends it. */
public record IndustryFacilityDto(long facilityId, long typeId, long ownerId, long solarSystemId, long regionId,
                                  Double tax) {
}
