package org.eveseat.archfixture.rule6adapter.domain.parcel.port.out;

import org.eveseat.archfixture.rule6adapter.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
