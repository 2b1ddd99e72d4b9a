package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.character;
import static org.eveseat.adapter.batch.scheduler.SyncRunner.ofCharacter;
import static org.eveseat.adapter.batch.scheduler.SyncRunner.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.contact.port.in.SyncContactsUseCase;
import org.eveseat.domain.contract.port.in.SyncContractsUseCase;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;
import org.eveseat.domain.mail.port.in.SyncMailUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;

/** The runners of the endpoints a character's own token reads, each a use case run in place. */
@ApplicationScoped
public class CharacterSyncRunners {
    @Produces
    SyncRunner walletBalance(SyncWalletBalanceUseCase useCase) {
        return ofCharacter(SyncEndpoint.WALLET_BALANCE, useCase::sync);
    }

    @Produces
    SyncRunner walletTransactions(SyncWalletTransactionsUseCase useCase) {
        return read(
                SyncEndpoint.WALLET_TRANSACTIONS,
                sync -> useCase.sync(JournalOwner.character(sync.key().ownerId()), character(sync)));
    }

    @Produces
    SyncRunner mail(SyncMailUseCase useCase) {
        return ofCharacter(SyncEndpoint.MAIL, useCase::sync);
    }

    @Produces
    SyncRunner contacts(SyncContactsUseCase useCase) {
        return ofCharacter(SyncEndpoint.CONTACTS, useCase::sync);
    }

    @Produces
    SyncRunner calendar(SyncCalendarUseCase useCase) {
        return ofCharacter(SyncEndpoint.CALENDAR, useCase::sync);
    }

    @Produces
    SyncRunner killmails(SyncKillmailsUseCase useCase) {
        return ofCharacter(SyncEndpoint.KILLMAILS, useCase::sync);
    }

    @Produces
    SyncRunner contracts(SyncContractsUseCase useCase) {
        return ofCharacter(SyncEndpoint.CONTRACTS, useCase::sync);
    }

    /** Public data of every known character, one sync for all. */
    @Produces
    SyncRunner affiliations(SyncAffiliationsUseCase useCase) {
        return read(SyncEndpoint.AFFILIATIONS, sync -> useCase.sync());
    }
}
