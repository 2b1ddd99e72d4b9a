package org.eveseat.domain.contract.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
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
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;

/**
 * Builds the contract feature: the public contracts walk and search, and the contracts of characters and
 * corporations.
 */
public final class ContractAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(StorePublicContractsPageUseCase.class,
                wiring -> new StorePublicContractsPageService(wiring.get(ContractEsi.class),
                wiring.get(PublicContractRepository.class)));
        catalogue.add(PendingContractDetailsQuery.class,
                wiring -> new PendingContractDetailsService(wiring.get(PublicContractRepository.class)));
        catalogue.add(FetchContractDetailsUseCase.class,
                wiring -> new FetchContractDetailsService(wiring.get(ContractEsi.class),
                wiring.get(PublicContractRepository.class), wiring.settings().clock()));
        catalogue.add(ClosePublicContractsUseCase.class,
                wiring -> new ClosePublicContractsService(wiring.get(PublicContractRepository.class),
                wiring.settings().clock()));
        catalogue.add(SyncContractsUseCase.class,
                wiring -> new SyncContractsService(wiring.get(AccessTokenQuery.class), wiring.get(ContractEsi.class),
                wiring.get(ContractRepository.class), wiring.get(AlertLog.class), wiring.get(EventPublisher.class),
                wiring.settings().clock()));
        catalogue.add(SyncCorporationContractsUseCase.class,
                wiring -> new SyncCorporationContractsService(wiring.get(AccessTokenQuery.class),
                wiring.get(ContractEsi.class), wiring.get(ContractRepository.class), wiring.get(AlertLog.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(ContractAccess.class, wiring -> new ContractAccess(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationRolesQuery.class)));
        catalogue.add(ListContractsQuery.class, wiring -> new ListContractsService(wiring.get(ContractAccess.class),
                wiring.get(ContractRepository.class), wiring.settings().clock()));
        catalogue.add(ContractDetailsQuery.class,
                wiring -> new ContractDetailsService(wiring.get(ContractAccess.class),
                wiring.get(ContractRepository.class), wiring.get(LocationRouteQuery.class)));
        catalogue.add(ContractItemsQuery.class, wiring -> new ContractItemsService(wiring.get(ContractAccess.class),
                wiring.get(ContractRepository.class)));
        catalogue.add(ContractBidsQuery.class, wiring -> new ContractBidsService(wiring.get(ContractAccess.class),
                wiring.get(ContractRepository.class)));
        catalogue.add(SearchPublicContractsQuery.class,
                wiring -> new SearchPublicContractsService(wiring.get(PublicContractRepository.class),
                wiring.get(TypeNameSearchQuery.class)));
    }
}
