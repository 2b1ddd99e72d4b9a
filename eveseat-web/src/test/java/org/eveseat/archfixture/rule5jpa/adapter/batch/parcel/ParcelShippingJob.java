package org.eveseat.archfixture.rule5jpa.adapter.batch.parcel;

import org.eveseat.archfixture.rule5jpa.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule5jpa.domain.parcel.port.in.ShipParcelUseCase;

/** Ships parcels in a batch job. */
public class ParcelShippingJob {
    private final ShipParcelUseCase shipParcel;

    public ParcelShippingJob(ShipParcelUseCase shipParcel) {
        this.shipParcel = shipParcel;
    }

    public void run(Parcel parcel) {
        shipParcel.ship(parcel);
    }
}
