package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.contact.port.in.SyncContactsUseCase;
import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;
import org.eveseat.domain.contract.port.in.SyncContractsUseCase;
import org.eveseat.domain.contract.port.in.SyncCorporationContractsUseCase;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;
import org.eveseat.domain.mail.port.in.SyncMailUseCase;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.port.in.SyncCorporationTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.SyncCorporationWalletsUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;

/**
 * Runs one claimed sync. Small reads run here and their outcome is recorded at once; long walks are started as
 * Jakarta Batch jobs, whose listener records the outcome when they end, and waited for, so they hold a slot. Only the endpoints listed here are
 * planned, so a feature joins the schedule by adding its runner.
 */
@ApplicationScoped
public class SyncRunners {
    @Inject
    SyncWalletBalanceUseCase walletBalance;

    @Inject
    SyncAffiliationsUseCase affiliations;

    @Inject
    SyncMailUseCase mail;

    @Inject
    SyncContractsUseCase contracts;

    @Inject
    SyncCorporationContractsUseCase corporationContracts;

    @Inject
    SyncWalletTransactionsUseCase walletTransactions;

    @Inject
    SyncCorporationTransactionsUseCase corporationTransactions;

    @Inject
    SyncCorporationWalletsUseCase corporationWallets;

    @Inject
    SyncMemberRolesUseCase memberRoles;

    @Inject
    SyncContactsUseCase contacts;

    @Inject
    SyncCorporationContactsUseCase corporationContacts;

    @Inject
    SyncCalendarUseCase calendar;

    @Inject
    SyncKillmailsUseCase killmails;

    @Inject
    SyncCorporationKillmailsUseCase corporationKillmails;

    @Inject
    SyncSystemActivityUseCase systemActivity;

    @Inject
    SyncSovereigntyUseCase sovereignty;

    @Inject
    SyncSovereigntyCampaignsUseCase sovereigntyCampaigns;

    @Inject
    SyncIncursionsUseCase incursions;

    @Inject
    RecordSyncOutcomeUseCase outcomes;

    @Inject
    JobRunLogUseCase runs;

    @Inject
    SyncMetrics metrics;

    @Inject
    JobEnds jobEnds;

    /** A job holds its slot until it ends, at most as long as its sync's lease. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    public Set<SyncEndpoint> runnable() {
        return EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL,
                SyncEndpoint.CORPORATION_WALLET_JOURNAL, SyncEndpoint.AFFILIATIONS, SyncEndpoint.MAIL,
                SyncEndpoint.PUBLIC_CONTRACTS, SyncEndpoint.CONTRACTS, SyncEndpoint.CORPORATION_CONTRACTS,
                SyncEndpoint.WALLET_TRANSACTIONS, SyncEndpoint.CORPORATION_WALLET_TRANSACTIONS,
                SyncEndpoint.CORPORATION_WALLET_BALANCES, SyncEndpoint.CORPORATION_MEMBER_ROLES,
                SyncEndpoint.CONTACTS, SyncEndpoint.CORPORATION_CONTACTS, SyncEndpoint.CALENDAR,
                SyncEndpoint.KILLMAILS, SyncEndpoint.CORPORATION_KILLMAILS, SyncEndpoint.SYSTEM_ACTIVITY,
                SyncEndpoint.SOVEREIGNTY, SyncEndpoint.SOVEREIGNTY_CAMPAIGNS, SyncEndpoint.INCURSIONS);
    }

    /** Never throws: a sync that cannot even start is recorded as failed and backs off like any other failure. */
    public void run(ScheduledSync sync) {
        try {
            dispatch(sync);
        } catch (RuntimeException e) {
            record(sync, SyncOutcome.failed(e, null));
        }
    }

    private void dispatch(ScheduledSync sync) {
        switch (sync.key().endpoint()) {
            case WALLET_BALANCE -> record(sync, walletBalance.sync(new CharacterId(sync.key().ownerId())));
            case MAIL -> record(sync, mail.sync(new CharacterId(sync.key().ownerId())));
            case CONTACTS -> record(sync, contacts.sync(new CharacterId(sync.key().ownerId())));
            case CORPORATION_CONTACTS -> record(sync, corporationContacts.sync(
                    new CorporationId(sync.key().ownerId()), new CharacterId(sync.viaCharacterId())));
            case CALENDAR -> record(sync, calendar.sync(new CharacterId(sync.key().ownerId())));
            case KILLMAILS -> record(sync, killmails.sync(new CharacterId(sync.key().ownerId())));
            case CORPORATION_KILLMAILS -> record(sync, corporationKillmails.sync(corporation(sync),
                    new CharacterId(sync.viaCharacterId())));
            case WALLET_JOURNAL -> start("wallet-journal", sync, jobParameters(
                    "ownerKind", "CHARACTER", "ownerId", sync.key().ownerId(), "division", 0,
                    "viaCharacterId", sync.viaCharacterId()));
            case CORPORATION_WALLET_JOURNAL -> start("wallet-journal", sync, jobParameters(
                    "ownerKind", "CORPORATION", "ownerId", sync.key().ownerId(), "division", 0,
                    "viaCharacterId", sync.viaCharacterId()));
            case AFFILIATIONS -> record(sync, affiliations.sync());
            case SYSTEM_ACTIVITY -> record(sync, systemActivity.sync());
            case SOVEREIGNTY -> record(sync, sovereignty.sync());
            case SOVEREIGNTY_CAMPAIGNS -> record(sync, sovereigntyCampaigns.sync());
            case INCURSIONS -> record(sync, incursions.sync());
            case CONTRACTS -> record(sync, contracts.sync(new CharacterId(sync.key().ownerId())));
            case CORPORATION_CONTRACTS -> record(sync, corporationContracts.sync(
                    new CorporationId(sync.key().ownerId()), new CharacterId(sync.viaCharacterId())));
            case WALLET_TRANSACTIONS -> record(sync, walletTransactions.sync(
                    JournalOwner.character(sync.key().ownerId()), new CharacterId(sync.key().ownerId())));
            case CORPORATION_WALLET_TRANSACTIONS -> record(sync, corporationTransactions.sync(corporation(sync),
                    new CharacterId(sync.viaCharacterId())));
            case CORPORATION_WALLET_BALANCES -> record(sync, corporationWallets.sync(corporation(sync),
                    new CharacterId(sync.viaCharacterId())));
            case CORPORATION_MEMBER_ROLES -> record(sync, memberRoles.sync(corporation(sync),
                    new CharacterId(sync.viaCharacterId())));
            case PUBLIC_CONTRACTS -> start("public-contracts", sync, jobParameters("regionId", sync.key().ownerId()));
            default -> throw new IllegalStateException("no runner for " + sync.key().endpoint());
        }
    }

    private static CorporationId corporation(ScheduledSync sync) {
        return new CorporationId(sync.key().ownerId());
    }

    private void record(ScheduledSync sync, SyncOutcome outcome) {
        metrics.synced(sync.key().endpoint().name(), outcome.status());
        outcomes.record(sync.key(), outcome);
    }

    private void start(String job, ScheduledSync sync, Properties parameters) {
        parameters.setProperty("syncEndpoint", sync.key().endpoint().name());
        parameters.setProperty("syncOwnerId", Long.toString(sync.key().ownerId()));
        long executionId = BatchRuntime.getJobOperator().start(job, parameters);
        runs.started(executionId, job, sync.key());
        jobEnds.await(executionId, Duration.ofSeconds(leaseSeconds));
    }

    /** The sync a job was started for, from its parameters; null for a job started by hand. */
    static SyncKey syncOf(Properties parameters) {
        return parameters == null ? null
                : syncOf(parameters.getProperty("syncEndpoint"), parameters.getProperty("syncOwnerId"));
    }

    /** The sync a job runs for, from its two job properties; null for a job run outside the schedule. */
    static SyncKey syncOf(String endpoint, String ownerId) {
        return endpoint == null || endpoint.isBlank() ? null
                : new SyncKey(SyncEndpoint.valueOf(endpoint), Long.parseLong(ownerId));
    }

    static Properties jobParameters(Object... pairs) {
        Properties parameters = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.setProperty(pairs[i].toString(), pairs[i + 1].toString());
        }
        return parameters;
    }
}
