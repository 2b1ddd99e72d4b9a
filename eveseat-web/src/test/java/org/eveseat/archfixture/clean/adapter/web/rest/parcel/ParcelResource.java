package org.eveseat.archfixture.clean.adapter.web.rest.parcel;

import org.eveseat.archfixture.clean.adapter.web.security.CurrentUser;
import org.eveseat.archfixture.clean.domain.parcel.model.ParcelStatus;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelCommand;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** Ships a parcel over HTTP, through the in-port. */
public class ParcelResource {
    private final ShipParcelUseCase shipParcel;
    private final CurrentUser user;

    public ParcelResource(ShipParcelUseCase shipParcel, CurrentUser user) {
        this.shipParcel = shipParcel;
        this.user = user;
    }

    public ParcelStatus post(long parcelId) {
        return user.id() > 0 ? shipParcel.ship(new ShipParcelCommand(new ParcelId(parcelId))) : null;
    }
}
