package org.eveseat.archfixture.rule2.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
