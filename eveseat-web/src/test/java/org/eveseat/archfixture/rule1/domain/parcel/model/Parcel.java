package org.eveseat.archfixture.rule1.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
