package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

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
import org.eveseat.domain.wallet.service.CorporationWalletsService;
import org.eveseat.domain.wallet.service.ListJournalService;
import org.eveseat.domain.wallet.service.ListTransactionsService;
import org.eveseat.domain.wallet.service.PartyNames;
import org.eveseat.domain.wallet.service.SyncCorporationTransactionsService;
import org.eveseat.domain.wallet.service.SyncCorporationWalletsService;
import org.eveseat.domain.wallet.service.SyncWalletTransactionsService;
import org.eveseat.domain.wallet.service.WalletAccess;
import org.eveseat.domain.wallet.service.WalletStatisticsService;

/** Builds the wallet API's reads (journal, transactions, statistics, corporation divisions) and their syncs. */
@ApplicationScoped
public class WalletApiServices {
    @Produces
    @Singleton
    WalletAccess walletAccess(CharacterVisibilityQuery visibility, CorporationRolesQuery roles) {
        return new WalletAccess(visibility, roles);
    }

    @Produces
    @Singleton
    PartyNames partyNames(PartyNameRepository names, UniverseEsi universe) {
        return new PartyNames(names, universe);
    }

    @Produces
    @Singleton
    ListJournalQuery listJournal(WalletAccess access, JournalSearchRepository journals, PartyNames names) {
        return new ListJournalService(access, journals, names);
    }

    @Produces
    @Singleton
    ListTransactionsQuery listTransactions(WalletAccess access, WalletTransactionRepository transactions) {
        return new ListTransactionsService(access, transactions);
    }

    @Produces
    @Singleton
    WalletStatisticsQuery walletStatistics(WalletAccess access, WalletStatisticsRepository statistics,
                                           PartyNames names) {
        return new WalletStatisticsService(access, statistics, names);
    }

    @Produces
    @Singleton
    CorporationWalletsQuery corporationWallets(WalletAccess access, CorporationWalletRepository wallets) {
        return new CorporationWalletsService(access, wallets);
    }

    @Produces
    @Singleton
    SyncWalletTransactionsUseCase syncTransactions(AccessTokenQuery tokens, WalletJournalEsi characters,
                                                   CorporationWalletEsi corporations,
                                                   WalletTransactionRepository transactions) {
        return new SyncWalletTransactionsService(tokens, characters, corporations, transactions, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncCorporationTransactionsUseCase syncCorporationTransactions(SyncWalletTransactionsUseCase divisions) {
        return new SyncCorporationTransactionsService(divisions);
    }

    @Produces
    @Singleton
    SyncCorporationWalletsUseCase syncCorporationWallets(AccessTokenQuery tokens, CorporationWalletEsi wallets,
                                                         CorporationEsi corporations,
                                                         CorporationWalletRepository store) {
        return new SyncCorporationWalletsService(tokens, wallets, corporations, store, Clock.systemUTC());
    }
}
