package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;

/**
 * The use cases of the wallet feature (balance, journal walk)  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class WalletServices {
    @Produces
    @Singleton
    SyncWalletBalanceUseCase syncWalletBalance(EveSeatDomain domain) {
        return domain.get(SyncWalletBalanceUseCase.class);
    }

    @Produces
    @Singleton
    StartJournalWalkUseCase startJournalWalk(EveSeatDomain domain) {
        return domain.get(StartJournalWalkUseCase.class);
    }

    @Produces
    @Singleton
    ReadJournalPageUseCase readJournalPage(EveSeatDomain domain) {
        return domain.get(ReadJournalPageUseCase.class);
    }

    @Produces
    @Singleton
    StoreJournalEntriesUseCase storeJournalEntries(EveSeatDomain domain) {
        return domain.get(StoreJournalEntriesUseCase.class);
    }

    @Produces
    @Singleton
    WalletBalanceQuery walletBalance(EveSeatDomain domain) {
        return domain.get(WalletBalanceQuery.class);
    }
}
