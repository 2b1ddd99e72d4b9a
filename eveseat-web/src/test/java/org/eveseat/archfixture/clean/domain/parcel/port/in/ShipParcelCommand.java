package org.eveseat.archfixture.clean.domain.parcel.port.in;

import org.eveseat.archfixture.clean.domain.shared.ParcelId;

/** What to ship. */
public record ShipParcelCommand(ParcelId parcel) {
}
