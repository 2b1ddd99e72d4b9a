package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
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
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.contract.service.ClosePublicContractsService;
import org.eveseat.domain.contract.service.ContractAccess;
import org.eveseat.domain.contract.service.ContractBidsService;
import org.eveseat.domain.contract.service.ContractDetailsService;
import org.eveseat.domain.contract.service.ContractItemsService;
import org.eveseat.domain.contract.service.FetchContractDetailsService;
import org.eveseat.domain.contract.service.ListContractsService;
import org.eveseat.domain.contract.service.PendingContractDetailsService;
import org.eveseat.domain.contract.service.SearchPublicContractsService;
import org.eveseat.domain.contract.service.StorePublicContractsPageService;
import org.eveseat.domain.contract.service.SyncContractsService;
import org.eveseat.domain.contract.service.SyncCorporationContractsService;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;

/**
 * Builds the contract feature's use cases from its adapters: the public contracts walk and search, and the
 * contracts of characters and corporations (sync, listing, details).
 */
@ApplicationScoped
public class ContractServices {
    /** Where the contract syncs announce status changes. */
    @Inject
    EventPublisher events;

    @Produces
    @Singleton
    StorePublicContractsPageUseCase storePublicContractsPage(ContractEsi esi, PublicContractRepository contracts) {
        return new StorePublicContractsPageService(esi, contracts);
    }

    @Produces
    @Singleton
    PendingContractDetailsQuery pendingContractDetails(PublicContractRepository contracts) {
        return new PendingContractDetailsService(contracts);
    }

    @Produces
    @Singleton
    FetchContractDetailsUseCase fetchContractDetails(ContractEsi esi, PublicContractRepository contracts) {
        return new FetchContractDetailsService(esi, contracts, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ClosePublicContractsUseCase closePublicContracts(PublicContractRepository contracts) {
        return new ClosePublicContractsService(contracts, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncContractsUseCase syncContracts(AccessTokenQuery tokens, ContractEsi esi, ContractRepository contracts,
                                       AlertLog alerts) {
        return new SyncContractsService(tokens, esi, contracts, alerts, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncCorporationContractsUseCase syncCorporationContracts(AccessTokenQuery tokens, ContractEsi esi,
                                                             ContractRepository contracts, AlertLog alerts) {
        return new SyncCorporationContractsService(tokens, esi, contracts, alerts, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ContractAccess contractAccess(CharacterVisibilityQuery characters, CorporationRolesQuery corporations) {
        return new ContractAccess(characters, corporations);
    }

    @Produces
    @Singleton
    ListContractsQuery listContracts(ContractAccess access, ContractRepository contracts) {
        return new ListContractsService(access, contracts, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ContractDetailsQuery contractDetails(ContractAccess access, ContractRepository contracts,
                                         LocationRouteQuery routes) {
        return new ContractDetailsService(access, contracts, routes);
    }

    @Produces
    @Singleton
    ContractItemsQuery contractItems(ContractAccess access, ContractRepository contracts) {
        return new ContractItemsService(access, contracts);
    }

    @Produces
    @Singleton
    ContractBidsQuery contractBids(ContractAccess access, ContractRepository contracts) {
        return new ContractBidsService(access, contracts);
    }

    @Produces
    @Singleton
    SearchPublicContractsQuery searchPublicContracts(PublicContractRepository contracts,
                                                     TypeNameSearchQuery typeNames) {
        return new SearchPublicContractsService(contracts, typeNames);
    }
}
