package org.eveseat.archfixture.clean.domain.parcel.service;

import org.eveseat.archfixture.clean.domain.customer.model.Customer;
import org.eveseat.archfixture.clean.domain.customer.port.in.CustomerQuery;
import org.eveseat.archfixture.clean.domain.parcel.model.Parcel;
import org.eveseat.archfixture.clean.domain.parcel.model.ParcelStatus;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelCommand;
import org.eveseat.archfixture.clean.domain.parcel.port.in.ShipParcelUseCase;
import org.eveseat.archfixture.clean.domain.parcel.port.out.ParcelRepository;

/** Ships a parcel of a known customer; uses the customer feature through its in-port and model. */
public class ShipParcelService implements ShipParcelUseCase {
    private final ParcelRepository parcels;
    private final CustomerQuery customers;

    public ShipParcelService(ParcelRepository parcels, CustomerQuery customers) {
        this.parcels = parcels;
        this.customers = customers;
    }

    @Override
    public ParcelStatus ship(ShipParcelCommand command) {
        Parcel parcel = parcels.find(command.parcel()).orElseThrow();
        Customer customer = customers.find(parcel.customerId());
        int[] weights = {customer.name().length()};
        parcels.save(new Parcel(parcel.id(), parcel.customerId(), parcel.labels(), ParcelStatus.SHIPPED));
        return weights.length > 0 ? ParcelStatus.SHIPPED : ParcelStatus.WAITING;
    }
}
