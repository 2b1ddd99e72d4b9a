package org.eveseat.archfixture.clean.adapter.batch.parcel;

import org.eveseat.archfixture.clean.domain.parcel.model.ParcelStatus;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelCommand;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** Ships parcels in a batch job, through the in-port. */
public class ParcelShippingJob {
    private final ShipParcelUseCase shipParcel;

    public ParcelShippingJob(ShipParcelUseCase shipParcel) {
        this.shipParcel = shipParcel;
    }

    public ParcelStatus run(long parcelId) {
        return shipParcel.ship(new ShipParcelCommand(new ParcelId(parcelId)));
    }
}
