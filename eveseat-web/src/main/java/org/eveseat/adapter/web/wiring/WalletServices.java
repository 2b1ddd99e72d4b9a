package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
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
import org.eveseat.domain.wallet.service.ReadJournalPageService;
import org.eveseat.domain.wallet.service.StartJournalWalkService;
import org.eveseat.domain.wallet.service.StoreJournalEntriesService;
import org.eveseat.domain.wallet.service.SyncWalletBalanceService;
import org.eveseat.domain.wallet.service.WalletBalanceService;

/** Builds the wallet feature's use cases from its adapters. */
@ApplicationScoped
public class WalletServices {
    /** Where the syncs tell connected clients what they stored. */
    @Inject
    EventPublisher events;

    @Produces
    @Singleton
    SyncWalletBalanceUseCase syncWalletBalance(AccessTokenQuery tokens, WalletEsi esi, WalletBalanceRepository balances) {
        return new SyncWalletBalanceService(tokens, esi, balances, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    StartJournalWalkUseCase startJournalWalk(WalletJournalRepository journals, JournalWalkRepository walks) {
        return new StartJournalWalkService(journals, walks);
    }

    @Produces
    @Singleton
    ReadJournalPageUseCase readJournalPage(AccessTokenQuery tokens, WalletJournalEsi characters,
                                           CorporationWalletEsi corporations) {
        return new ReadJournalPageService(tokens, characters, corporations);
    }

    @Produces
    @Singleton
    StoreJournalEntriesUseCase storeJournalEntries(WalletJournalRepository journals, JournalWalkRepository walks) {
        return new StoreJournalEntriesService(journals, walks, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    WalletBalanceQuery walletBalance(CharacterVisibilityQuery visibility, WalletBalanceRepository balances) {
        return new WalletBalanceService(visibility, balances);
    }
}
