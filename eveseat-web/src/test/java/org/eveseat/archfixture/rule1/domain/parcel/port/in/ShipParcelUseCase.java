package org.eveseat.archfixture.rule1.domain.parcel.port.in;

import org.eveseat.archfixture.rule1.domain.parcel.model.Parcel;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    void ship(Parcel parcel);
}
