package org.eveseat.archfixture.rule5jpa.domain.parcel.port.out;

import org.eveseat.archfixture.rule5jpa.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
