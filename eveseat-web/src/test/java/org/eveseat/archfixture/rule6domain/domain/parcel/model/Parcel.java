package org.eveseat.archfixture.rule6domain.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
