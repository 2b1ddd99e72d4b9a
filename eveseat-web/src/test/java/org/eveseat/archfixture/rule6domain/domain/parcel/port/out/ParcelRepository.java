package org.eveseat.archfixture.rule6domain.domain.parcel.port.out;

import org.eveseat.archfixture.rule6domain.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
