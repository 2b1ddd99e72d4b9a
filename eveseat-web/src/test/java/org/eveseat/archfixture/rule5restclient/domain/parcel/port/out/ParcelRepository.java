package org.eveseat.archfixture.rule5restclient.domain.parcel.port.out;

import org.eveseat.archfixture.rule5restclient.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
