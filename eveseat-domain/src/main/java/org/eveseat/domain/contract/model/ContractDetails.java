package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.model.LocationRoute;

/** A stored contract with what EVESeat adds to it: for a courier contract its route, null for other types. */
public record ContractDetails(Contract contract, LocationRoute route) {
    public ContractDetails {
        Require.present(contract, "contract");
    }
}
