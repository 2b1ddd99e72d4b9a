package org.eveseat.domain.wallet.service;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.port.in.SyncCorporationTransactionsUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;

/**
 * One division after the other. A revoked token or a failure is reported over any success, an update over "no
 * change"; the sync is due again when the first division's cache expires (the others are then simply not due).
 */
public class SyncCorporationTransactionsService implements SyncCorporationTransactionsUseCase {
    private static final List<Status> MOST_TELLING_FIRST = List.of(Status.TOKEN_INVALID, Status.FAILED,
            Status.DEFERRED, Status.UPDATED, Status.UNCHANGED, Status.NOT_DUE);

    private final SyncWalletTransactionsUseCase divisions;

    public SyncCorporationTransactionsService(SyncWalletTransactionsUseCase divisions) {
        this.divisions = divisions;
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId via) {
        SyncOutcome telling = null;
        Instant due = null;
        for (int division = 1; division <= 7; division++) {
            SyncOutcome outcome = divisions.sync(JournalOwner.corporation(corporationId.value(),
                    new WalletDivision(division)), via);
            if (outcome.status() == Status.TOKEN_INVALID) {
                return outcome;
            }
            if (telling == null || rank(outcome) < rank(telling)) {
                telling = outcome;
            }
            if (outcome.nextDue() != null && (due == null || outcome.nextDue().isBefore(due))) {
                due = outcome.nextDue();
            }
        }
        // deferred: the later divisions were not read at all, so the pause's end decides
        return new SyncOutcome(telling.status(), telling.status() == Status.DEFERRED ? telling.nextDue() : due,
                telling.detail());
    }

    private static int rank(SyncOutcome outcome) {
        return MOST_TELLING_FIRST.indexOf(outcome.status());
    }
}
