package org.eveseat.domain.contract.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractDetails;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.port.in.ContractDetailsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;

/** A stored contract; a courier contract gets its route (systems and jumps) from the universe data. */
public class ContractDetailsService implements ContractDetailsQuery {
    private final CharacterContracts contracts;
    private final LocationRouteQuery routes;

    public ContractDetailsService(CharacterVisibilityQuery visibility, ContractRepository contracts,
                                  LocationRouteQuery routes) {
        this.contracts = new CharacterContracts(visibility, contracts);
        this.routes = routes;
    }

    @Override
    public ContractDetails details(Viewer viewer, CharacterId characterId, long contractId) {
        Contract contract = contracts.visibleContract(viewer, characterId, contractId);
        ContractTerms terms = contract.offer().terms();
        return new ContractDetails(contract, terms.type() != ContractType.COURIER ? null
                : routes.route(terms.startLocationId(), terms.endLocationId()));
    }
}
