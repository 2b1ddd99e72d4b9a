package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.ofCorporation;

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
        return ofCorporation(SyncEndpoint.CORPORATION_CONTACTS, useCase::sync);
    }

    @Produces
    SyncRunner killmails(SyncCorporationKillmailsUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_KILLMAILS, useCase::sync);
    }

    @Produces
    SyncRunner contracts(SyncCorporationContractsUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_CONTRACTS, useCase::sync);
    }

    @Produces
    SyncRunner transactions(SyncCorporationTransactionsUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_WALLET_TRANSACTIONS, useCase::sync);
    }

    @Produces
    SyncRunner wallets(SyncCorporationWalletsUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_WALLET_BALANCES, useCase::sync);
    }

    @Produces
    SyncRunner memberRoles(SyncMemberRolesUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_MEMBER_ROLES, useCase::sync);
    }
}
