package org.eveseat.archfixture.rule6domain.domain.parcel.port.in;

import org.eveseat.archfixture.rule6domain.domain.parcel.model.Parcel;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    void ship(Parcel parcel);
}
