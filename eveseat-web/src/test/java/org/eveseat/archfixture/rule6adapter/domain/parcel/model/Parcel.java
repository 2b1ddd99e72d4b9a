package org.eveseat.archfixture.rule6adapter.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
