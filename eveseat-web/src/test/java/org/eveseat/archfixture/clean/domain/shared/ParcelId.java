package org.eveseat.archfixture.clean.domain.shared;

/** Identifies a parcel. */
public record ParcelId(long value) {
}
