package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.contract.port.in.ClosePublicContractsUseCase;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;
import org.eveseat.domain.contract.port.in.PendingContractDetailsQuery;
import org.eveseat.domain.contract.port.in.StorePublicContractsPageUseCase;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.contract.service.ClosePublicContractsService;
import org.eveseat.domain.contract.service.FetchContractDetailsService;
import org.eveseat.domain.contract.service.PendingContractDetailsService;
import org.eveseat.domain.contract.service.StorePublicContractsPageService;

/** Builds the contract feature's use cases (the public contracts walk) from its adapters. */
@ApplicationScoped
public class ContractServices {
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
}
