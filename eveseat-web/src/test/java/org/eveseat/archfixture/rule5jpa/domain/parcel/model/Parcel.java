package org.eveseat.archfixture.rule5jpa.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
