package org.eveseat.archfixture.rule2.adapter.batch.parcel;

import org.eveseat.archfixture.rule2.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule2.domain.parcel.service.ShipParcelService;

/** Breaks rule 2: holds the domain service itself rather than its in-port. */
public class ParcelShippingJob {
    private final ShipParcelService shipParcel;

    public ParcelShippingJob(ShipParcelService shipParcel) {
        this.shipParcel = shipParcel;
    }

    public void run(Parcel parcel) {
        shipParcel.ship(parcel);
    }
}
