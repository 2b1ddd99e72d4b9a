package org.eveseat.archfixture.rule5restclient.domain.parcel.port.in;

import org.eveseat.archfixture.rule5restclient.domain.parcel.model.Parcel;

/** Ships a parcel. */
public interface ShipParcelUseCase {
    void ship(Parcel parcel);
}
