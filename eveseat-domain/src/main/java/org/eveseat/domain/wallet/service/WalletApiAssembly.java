package org.eveseat.domain.wallet.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.eveseat.domain.wallet.port.in.CorporationWalletsQuery;
import org.eveseat.domain.wallet.port.in.ListJournalQuery;
import org.eveseat.domain.wallet.port.in.ListTransactionsQuery;
import org.eveseat.domain.wallet.port.in.SyncCorporationTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.SyncCorporationWalletsUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.WalletStatisticsQuery;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;
import org.eveseat.domain.wallet.port.out.JournalSearchRepository;
import org.eveseat.domain.wallet.port.out.PartyNameRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;
import org.eveseat.domain.wallet.port.out.WalletStatisticsRepository;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;

/** Builds the wallet API: journal, transactions and statistics reads, corporation divisions and their syncs. */
public final class WalletApiAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(WalletAccess.class, wiring -> new WalletAccess(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationRolesQuery.class)));
        catalogue.add(PartyNames.class, wiring -> new PartyNames(wiring.get(PartyNameRepository.class),
                wiring.get(UniverseEsi.class)));
        catalogue.add(ListJournalQuery.class, wiring -> new ListJournalService(wiring.get(WalletAccess.class),
                wiring.get(JournalSearchRepository.class), wiring.get(PartyNames.class)));
        catalogue.add(ListTransactionsQuery.class,
                wiring -> new ListTransactionsService(wiring.get(WalletAccess.class),
                wiring.get(WalletTransactionRepository.class)));
        catalogue.add(WalletStatisticsQuery.class,
                wiring -> new WalletStatisticsService(wiring.get(WalletAccess.class),
                wiring.get(WalletStatisticsRepository.class), wiring.get(PartyNames.class)));
        catalogue.add(CorporationWalletsQuery.class,
                wiring -> new CorporationWalletsService(wiring.get(WalletAccess.class),
                wiring.get(CorporationWalletRepository.class)));
        catalogue.add(SyncWalletTransactionsUseCase.class,
                wiring -> new SyncWalletTransactionsService(wiring.get(AccessTokenQuery.class),
                wiring.get(WalletJournalEsi.class), wiring.get(CorporationWalletEsi.class),
                wiring.get(WalletTransactionRepository.class), wiring.settings().clock()));
        catalogue.add(SyncCorporationTransactionsUseCase.class,
                wiring -> new SyncCorporationTransactionsService(wiring.get(SyncWalletTransactionsUseCase.class)));
        catalogue.add(SyncCorporationWalletsUseCase.class,
                wiring -> new SyncCorporationWalletsService(wiring.get(AccessTokenQuery.class),
                wiring.get(CorporationWalletEsi.class), wiring.get(CorporationEsi.class),
                wiring.get(CorporationWalletRepository.class), wiring.settings().clock()));
    }
}
