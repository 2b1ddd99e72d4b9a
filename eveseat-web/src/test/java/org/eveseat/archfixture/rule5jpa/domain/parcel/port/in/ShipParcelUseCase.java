package org.eveseat.archfixture.rule5jpa.domain.parcel.port.in;

import org.eveseat.archfixture.rule5jpa.domain.parcel.model.Parcel;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    void ship(Parcel parcel);
}
