package org.eveseat.archfixture.rule1.domain.parcel.service;

import jakarta.inject.Inject;

import org.eveseat.archfixture.rule1.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule1.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.rule1.domain.parcel.port.out.ParcelRepository;

/** Breaks rule 1: a domain service annotated for CDI. */
public class ShipParcelService implements ShipParcelUseCase {
    private final ParcelRepository parcels;

    @Inject
    public ShipParcelService(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    @Override
    public void ship(Parcel parcel) {
        parcels.save(parcel);
    }
}
