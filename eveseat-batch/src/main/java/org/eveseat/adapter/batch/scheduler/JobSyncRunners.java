package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.job;

import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;

/** The long walks, run as Jakarta Batch jobs that checkpoint their progress. */
@ApplicationScoped
public class JobSyncRunners {
    @Produces
    SyncRunner walletJournal() {
        return job(SyncEndpoint.WALLET_JOURNAL, "wallet-journal", sync -> journal("CHARACTER", sync));
    }

    @Produces
    SyncRunner corporationWalletJournal() {
        return job(SyncEndpoint.CORPORATION_WALLET_JOURNAL, "wallet-journal", sync -> journal("CORPORATION", sync));
    }

    @Produces
    SyncRunner publicContracts() {
        return job(SyncEndpoint.PUBLIC_CONTRACTS, "public-contracts",
                sync -> SyncRunners.jobParameters("regionId", sync.key().ownerId()));
    }

    @Produces
    SyncRunner marketBook() {
        return job(SyncEndpoint.MARKET_BOOK, "market-book",
                sync -> SyncRunners.jobParameters("regionId", sync.key().ownerId()));
    }

    private static Properties journal(String ownerKind, ScheduledSync sync) {
        return SyncRunners.jobParameters("ownerKind", ownerKind, "ownerId", sync.key().ownerId(), "division", 0,
                "viaCharacterId", sync.viaCharacterId());
    }
}
