package org.eveseat.archfixture.clean.domain.parcel.port.out;

import java.util.Optional;

import org.eveseat.archfixture.clean.domain.parcel.model.Parcel;
import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** Stores parcels. */
public interface ParcelRepository {
    Optional<Parcel> find(ParcelId id);

    void save(Parcel parcel);

    Parcel[] all();
}
