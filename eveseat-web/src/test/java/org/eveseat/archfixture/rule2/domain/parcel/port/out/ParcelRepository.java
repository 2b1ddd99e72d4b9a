package org.eveseat.archfixture.rule2.domain.parcel.port.out;

import org.eveseat.archfixture.rule2.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
