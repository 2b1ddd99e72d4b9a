package org.eveseat.archfixture.rule4.domain.parcel.port.out;

import org.eveseat.archfixture.rule4.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
