package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.contract.port.in.ClosePublicContractsUseCase;
import org.eveseat.domain.contract.port.in.ContractBidsQuery;
import org.eveseat.domain.contract.port.in.ContractDetailsQuery;
import org.eveseat.domain.contract.port.in.ContractItemsQuery;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;
import org.eveseat.domain.contract.port.in.ListContractsQuery;
import org.eveseat.domain.contract.port.in.PendingContractDetailsQuery;
import org.eveseat.domain.contract.port.in.SearchPublicContractsQuery;
import org.eveseat.domain.contract.port.in.StorePublicContractsPageUseCase;
import org.eveseat.domain.contract.port.in.SyncContractsUseCase;
import org.eveseat.domain.contract.port.in.SyncCorporationContractsUseCase;

/**
 * The use cases of the contract feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class ContractServices {
    @Produces
    @Singleton
    StorePublicContractsPageUseCase storePublicContractsPage(EveSeatDomain domain) {
        return domain.get(StorePublicContractsPageUseCase.class);
    }

    @Produces
    @Singleton
    PendingContractDetailsQuery pendingContractDetails(EveSeatDomain domain) {
        return domain.get(PendingContractDetailsQuery.class);
    }

    @Produces
    @Singleton
    FetchContractDetailsUseCase fetchContractDetails(EveSeatDomain domain) {
        return domain.get(FetchContractDetailsUseCase.class);
    }

    @Produces
    @Singleton
    ClosePublicContractsUseCase closePublicContracts(EveSeatDomain domain) {
        return domain.get(ClosePublicContractsUseCase.class);
    }

    @Produces
    @Singleton
    SyncContractsUseCase syncContracts(EveSeatDomain domain) {
        return domain.get(SyncContractsUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationContractsUseCase syncCorporationContracts(EveSeatDomain domain) {
        return domain.get(SyncCorporationContractsUseCase.class);
    }

    @Produces
    @Singleton
    ListContractsQuery listContracts(EveSeatDomain domain) {
        return domain.get(ListContractsQuery.class);
    }

    @Produces
    @Singleton
    ContractDetailsQuery contractDetails(EveSeatDomain domain) {
        return domain.get(ContractDetailsQuery.class);
    }

    @Produces
    @Singleton
    ContractItemsQuery contractItems(EveSeatDomain domain) {
        return domain.get(ContractItemsQuery.class);
    }

    @Produces
    @Singleton
    ContractBidsQuery contractBids(EveSeatDomain domain) {
        return domain.get(ContractBidsQuery.class);
    }

    @Produces
    @Singleton
    SearchPublicContractsQuery searchPublicContracts(EveSeatDomain domain) {
        return domain.get(SearchPublicContractsQuery.class);
    }
}
