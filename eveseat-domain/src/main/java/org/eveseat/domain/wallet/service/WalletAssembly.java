package org.eveseat.domain.wallet.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.eveseat.domain.wallet.port.out.WalletEsi;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/** Builds the wallet feature: balance sync and the journal walk. */
public final class WalletAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncWalletBalanceUseCase.class,
                wiring -> new SyncWalletBalanceService(wiring.get(AccessTokenQuery.class),
                wiring.get(WalletEsi.class), wiring.get(WalletBalanceRepository.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(StartJournalWalkUseCase.class,
                wiring -> new StartJournalWalkService(wiring.get(WalletJournalRepository.class),
                wiring.get(JournalWalkRepository.class)));
        catalogue.add(ReadJournalPageUseCase.class,
                wiring -> new ReadJournalPageService(wiring.get(AccessTokenQuery.class),
                wiring.get(WalletJournalEsi.class), wiring.get(CorporationWalletEsi.class)));
        catalogue.add(StoreJournalEntriesUseCase.class,
                wiring -> new StoreJournalEntriesService(wiring.get(WalletJournalRepository.class),
                wiring.get(JournalWalkRepository.class), wiring.get(EventPublisher.class),
                wiring.settings().clock()));
        catalogue.add(WalletBalanceQuery.class,
                wiring -> new WalletBalanceService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(WalletBalanceRepository.class)));
    }
}
