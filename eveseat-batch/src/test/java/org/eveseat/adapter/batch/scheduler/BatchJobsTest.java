package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.junit.jupiter.api.Test;

/** A restart takes its sync's lease first, as "sync now" does, so it never walks beside a running job. */
class BatchJobsTest {
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 2112000555L);
    private final List<SyncKey> asked = new ArrayList<>();
    private final BatchJobs jobs = new BatchJobs();

    @Test
    void aRestartWhileTheSyncRunsIsAConflict() {
        jobs.requests = key -> {
            asked.add(key);
            throw new ConflictException("sync " + key + " is running now; ask again when it ends");
        };

        assertThatThrownBy(() -> jobs.claim(JOURNAL))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is running now");
        assertThat(asked).containsExactly(JOURNAL);
    }

    @Test
    void aRestartThatLosesTheClaimToASchedulerPassIsAConflict() {
        jobs.requests = key -> Optional.empty();

        assertThatThrownBy(() -> jobs.claim(JOURNAL))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("just started by the scheduler");
    }

    @Test
    void aClaimedSyncOrOneNoLongerPlannedMayBeRestarted() {
        jobs.requests = key -> Optional.of(new ScheduledSync(key, key.ownerId(), 0, Instant.EPOCH, SyncState.never()));
        assertThatCode(() -> jobs.claim(JOURNAL)).doesNotThrowAnyException();

        jobs.requests = key -> {
            throw new NotFoundException("no sync " + key + " is planned");
        };
        assertThatCode(() -> jobs.claim(JOURNAL)).doesNotThrowAnyException();
    }

    @Test
    void aJobStartedByHandHasNoSyncToClaim() {
        jobs.requests = key -> {
            throw new AssertionError("nothing to claim");
        };

        assertThatCode(() -> jobs.claim(null)).doesNotThrowAnyException();
    }
}
