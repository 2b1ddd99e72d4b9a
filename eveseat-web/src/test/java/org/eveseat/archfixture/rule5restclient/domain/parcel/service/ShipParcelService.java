package org.eveseat.archfixture.rule5restclient.domain.parcel.service;

import org.eveseat.archfixture.rule5restclient.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule5restclient.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.rule5restclient.domain.parcel.port.out.ParcelRepository;

/** Ships a parcel by storing it. */
public class ShipParcelService implements ShipParcelUseCase {
    private final ParcelRepository parcels;

    public ShipParcelService(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    @Override
    public void ship(Parcel parcel) {
        parcels.save(parcel);
    }
}
