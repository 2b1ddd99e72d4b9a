package org.eveseat.archfixture.clean.domain.parcel.port.in;

import org.eveseat.archfixture.clean.domain.parcel.model.ParcelStatus;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    ParcelStatus ship(ShipParcelCommand command);

    default boolean isDone(ParcelStatus status) {
        switch (status) {
            case SHIPPED:
                return true;
            default:
                return false;
        }
    }
}
