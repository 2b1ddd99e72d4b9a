package org.eveseat.archfixture.rule3.adapter.web.rest.parcel;

import org.eveseat.archfixture.rule3.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule3.domain.parcel.port.out.ParcelRepository;

/** Breaks rule 3: a driving adapter that stores through the out-port, skipping the use case. */
public class ParcelResource {
    private final ParcelRepository parcels;

    public ParcelResource(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    public void post(Parcel parcel) {
        parcels.save(parcel);
    }
}
