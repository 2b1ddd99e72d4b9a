package org.eveseat.archfixture.clean.domain.parcel.model;

/** Where a parcel is. */
public enum ParcelStatus {
    WAITING, SHIPPED
}
