package org.eveseat.archfixture.clean.adapter.web.wiring;

import org.eveseat.archfixture.clean.adapter.persistence.parcel.JpaParcelRepository;
import org.eveseat.archfixture.clean.domain.customer.port.in.CustomerQuery;
import org.eveseat.archfixture.clean.domain.customer.service.CustomerQueryService;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.clean.domain.parcel.port.out.ParcelRepository;
import org.eveseat.archfixture.clean.domain.parcel.service.ShipParcelService;

/** The composition root: the one adapter allowed to build domain services from out-port implementations. */
public class DomainServices {
    public ShipParcelUseCase shipParcel() {
        ParcelRepository parcels = new JpaParcelRepository();
        CustomerQuery customers = new CustomerQueryService();
        return new ShipParcelService(parcels, customers);
    }
}
