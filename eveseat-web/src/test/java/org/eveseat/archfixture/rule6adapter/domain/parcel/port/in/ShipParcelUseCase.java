package org.eveseat.archfixture.rule6adapter.domain.parcel.port.in;

import org.eveseat.archfixture.rule6adapter.domain.parcel.model.Parcel;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    void ship(Parcel parcel);
}
