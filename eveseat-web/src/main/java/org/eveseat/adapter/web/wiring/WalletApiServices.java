package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.wallet.port.in.CorporationWalletsQuery;
import org.eveseat.domain.wallet.port.in.ListJournalQuery;
import org.eveseat.domain.wallet.port.in.ListTransactionsQuery;
import org.eveseat.domain.wallet.port.in.SyncCorporationTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.SyncCorporationWalletsUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.WalletStatisticsQuery;

/**
 * The use cases of the wallet API (reads, corporation divisions, transactions)  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class WalletApiServices {
    @Produces
    @Singleton
    ListJournalQuery listJournal(EveSeatDomain domain) {
        return domain.get(ListJournalQuery.class);
    }

    @Produces
    @Singleton
    ListTransactionsQuery listTransactions(EveSeatDomain domain) {
        return domain.get(ListTransactionsQuery.class);
    }

    @Produces
    @Singleton
    WalletStatisticsQuery walletStatistics(EveSeatDomain domain) {
        return domain.get(WalletStatisticsQuery.class);
    }

    @Produces
    @Singleton
    CorporationWalletsQuery corporationWallets(EveSeatDomain domain) {
        return domain.get(CorporationWalletsQuery.class);
    }

    @Produces
    @Singleton
    SyncWalletTransactionsUseCase syncTransactions(EveSeatDomain domain) {
        return domain.get(SyncWalletTransactionsUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationTransactionsUseCase syncCorporationTransactions(EveSeatDomain domain) {
        return domain.get(SyncCorporationTransactionsUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationWalletsUseCase syncCorporationWallets(EveSeatDomain domain) {
        return domain.get(SyncCorporationWalletsUseCase.class);
    }
}
