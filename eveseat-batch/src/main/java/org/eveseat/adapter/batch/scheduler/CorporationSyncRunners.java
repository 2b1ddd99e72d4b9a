package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.corporation;
import static org.eveseat.adapter.batch.scheduler.SyncRunner.read;
import static org.eveseat.adapter.batch.scheduler.SyncRunner.via;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;
import org.eveseat.domain.contract.port.in.SyncCorporationContractsUseCase;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.wallet.port.in.SyncCorporationTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.SyncCorporationWalletsUseCase;

/** The runners of corporation endpoints, read with a member's token ({@link SyncRunner#via}). */
@ApplicationScoped
public class CorporationSyncRunners {
    @Produces
    SyncRunner contacts(SyncCorporationContactsUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_CONTACTS, sync -> useCase.sync(corporation(sync), via(sync)));
    }

    @Produces
    SyncRunner killmails(SyncCorporationKillmailsUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_KILLMAILS, sync -> useCase.sync(corporation(sync), via(sync)));
    }

    @Produces
    SyncRunner contracts(SyncCorporationContractsUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_CONTRACTS, sync -> useCase.sync(corporation(sync), via(sync)));
    }

    @Produces
    SyncRunner transactions(SyncCorporationTransactionsUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_WALLET_TRANSACTIONS, sync -> useCase.sync(corporation(sync), via(sync)));
    }

    @Produces
    SyncRunner wallets(SyncCorporationWalletsUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_WALLET_BALANCES, sync -> useCase.sync(corporation(sync), via(sync)));
    }

    @Produces
    SyncRunner memberRoles(SyncMemberRolesUseCase useCase) {
        return read(SyncEndpoint.CORPORATION_MEMBER_ROLES, sync -> useCase.sync(corporation(sync), via(sync)));
    }
}
