package org.eveseat.archfixture.clean.adapter.persistence.parcel;

import java.util.Optional;

import org.eveseat.archfixture.clean.adapter.persistence.Timestamps;
import org.eveseat.archfixture.clean.domain.parcel.model.Parcel;
import org.eveseat.archfixture.clean.domain.parcel.port.out.ParcelRepository;
import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** Stores parcels with JPA. */
public class JpaParcelRepository implements ParcelRepository {
    @Override
    public Optional<Parcel> find(ParcelId id) {
        return Optional.empty();
    }

    @Override
    public void save(Parcel parcel) {
        ParcelEntity entity = new ParcelEntity();
        entity.id = parcel.id().value();
        entity.stored = Timestamps.now();
    }

    @Override
    public Parcel[] all() {
        return new Parcel[0];
    }
}
