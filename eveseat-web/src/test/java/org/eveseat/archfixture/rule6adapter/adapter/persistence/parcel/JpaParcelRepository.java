package org.eveseat.archfixture.rule6adapter.adapter.persistence.parcel;

import org.eveseat.archfixture.rule6adapter.adapter.persistence.customer.CustomerRows;
import org.eveseat.archfixture.rule6adapter.domain.parcel.model.Parcel;
import org.eveseat.archfixture.rule6adapter.domain.parcel.port.out.ParcelRepository;

/** Breaks rule 6: the parcel persistence adapter uses the customer feature's adapter. */
public class JpaParcelRepository implements ParcelRepository {
    private final CustomerRows customers = new CustomerRows();

    @Override
    public void save(Parcel parcel) {
        if (!customers.exists(parcel.id())) {
            throw new IllegalStateException("unknown customer");
        }
    }
}
