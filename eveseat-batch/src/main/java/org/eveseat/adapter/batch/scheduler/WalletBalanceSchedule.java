package org.eveseat.adapter.batch.scheduler;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.wallet.model.WalletScopes;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;

/**
 * Keeps wallet balances current. Ticks every minute; the sync itself skips characters whose ESI cache has not
 * expired yet, so a tick costs no ESI call until {@code Expires} has passed.
 */
@Singleton
public class WalletBalanceSchedule {
    private static final Logger LOG = Logger.getLogger(WalletBalanceSchedule.class.getName());

    /** Off for a node that should only serve the UI and API, and in tests that drive syncs themselves. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    SyncableCharactersQuery syncable;

    @Inject
    SyncWalletBalanceUseCase syncBalance;

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    void tick() {
        if (!enabled) {
            return;
        }
        for (CharacterId character : syncable.withScope(WalletScopes.READ_CHARACTER_WALLET)) {
            SyncOutcome outcome = syncBalance.sync(character);
            if (outcome.status() == SyncOutcome.Status.FAILED || outcome.status() == SyncOutcome.Status.TOKEN_INVALID) {
                LOG.warning(() -> "wallet balance sync of " + character + ": " + outcome.status() + " " + outcome.detail());
            }
        }
    }
}
