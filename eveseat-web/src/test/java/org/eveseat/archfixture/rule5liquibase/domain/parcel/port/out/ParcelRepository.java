package org.eveseat.archfixture.rule5liquibase.domain.parcel.port.out;

import org.eveseat.archfixture.rule5liquibase.domain.parcel.model.Parcel;

/** Stores parcels. */
public interface ParcelRepository {
    void save(Parcel parcel);
}
