package org.eveseat.archfixture.rule4.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
