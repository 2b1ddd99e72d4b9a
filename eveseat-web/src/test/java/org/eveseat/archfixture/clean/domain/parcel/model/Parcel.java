package org.eveseat.archfixture.clean.domain.parcel.model;

import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** A parcel to ship. */
public record Parcel(ParcelId id, long customerId, String[] labels, ParcelStatus status) {
}
