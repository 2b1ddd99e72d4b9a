package org.eveseat.domain.contract.service;

import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractDetails;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.port.in.ContractDetailsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;

/** A stored contract; a courier contract gets its route (systems and jumps) from the universe data. */
public class ContractDetailsService implements ContractDetailsQuery {
    private final VisibleContracts contracts;
    private final LocationRouteQuery routes;

    public ContractDetailsService(ContractAccess access, ContractRepository contracts,
                                  LocationRouteQuery routes) {
        this.contracts = new VisibleContracts(access, contracts);
        this.routes = routes;
    }

    @Override
    public ContractDetails details(Viewer viewer, ContractOwner owner, long contractId) {
        Contract contract = contracts.visibleContract(viewer, owner, contractId);
        ContractTerms terms = contract.offer().terms();
        return new ContractDetails(contract, terms.type() != ContractType.COURIER ? null
                : routes.route(terms.startLocationId(), terms.endLocationId()));
    }
}
