package org.eveseat.archfixture.rule5restclient.domain.parcel.model;

/** A parcel to ship. */
public record Parcel(long id, String[] labels) {
}
