package org.eveseat.fake.ledger;

/** An industry facility (station or structure) open to the public. */
public record IndustryFacility(long facilityId, long ownerId, long regionId, long solarSystemId, Double tax,
                               long typeId) {
}
