package org.eveseat.archfixture.rule6domain.domain.parcel.service;

import org.eveseat.archfixture.rule6domain.domain.customer.model.Customer;
import org.eveseat.archfixture.rule6domain.domain.customer.service.CustomerDirectory;
import org.eveseat.archfixture.rule6domain.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule6domain.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.rule6domain.domain.parcel.port.out.ParcelRepository;

/** Breaks rule 6: reaches into the customer feature's service instead of its in-port. */
public class ShipParcelService implements ShipParcelUseCase {
    private final ParcelRepository parcels;
    private final CustomerDirectory customers;

    public ShipParcelService(ParcelRepository parcels, CustomerDirectory customers) {
        this.parcels = parcels;
        this.customers = customers;
    }

    @Override
    public void ship(Parcel parcel) {
        Customer customer = customers.find(parcel.id());
        if (customer != null) {
            parcels.save(parcel);
        }
    }
}
