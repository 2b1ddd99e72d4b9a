package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;

class JobOutcomesTest {
    private static final Instant EXPIRES = Instant.parse("2026-11-25T12:05:00Z");
    private static final Instant PAUSE_ENDS = Instant.parse("2026-11-25T12:13:00Z");

    @Test
    void aJobDeferredByEsisBudgetIsDueWhenThePauseEndsNotFailed() {
        var pause = new UpstreamPausedException("rate group char-wallet nearly spent", PAUSE_ENDS);

        assertThat(JobOutcomes.of(EXPIRES, null, pause))
                .isEqualTo(new SyncOutcome(Status.DEFERRED, PAUSE_ENDS, "rate group char-wallet nearly spent"));
    }

    @Test
    void aStepThatFailedOnAPauseAnywayIsDeferredToo() {
        var failure = new UpstreamUnavailableException("walk stopped",
                new UpstreamPausedException("ESI error budget down to 20", PAUSE_ENDS));

        assertThat(JobOutcomes.of(EXPIRES, failure).status()).isEqualTo(Status.DEFERRED);
        assertThat(JobOutcomes.of(EXPIRES, failure).nextDue()).isEqualTo(PAUSE_ENDS);
    }

    @Test
    void aJobItsNodeStoppedIsDeferredToNowNotUpdatedUntilExpiresNorFailed() {
        assertThat(JobOutcomes.of(EXPIRES, null, null, true)).isEqualTo(SyncOutcome.stopped(SyncRunners.STOPPED));
        assertThat(SyncOutcome.stopped(SyncRunners.STOPPED).status()).isEqualTo(Status.DEFERRED);
        assertThat(SyncOutcome.stopped(SyncRunners.STOPPED).nextDue()).as("due at once").isNull();
        assertThat(JobOutcomes.of(EXPIRES, new UpstreamUnavailableException("ESI 503"), null, true).status())
                .as("a step that failed failed").isEqualTo(Status.FAILED);
    }

    @Test
    void otherFailuresFailAndACleanEndIsAnUpdate() {
        assertThat(JobOutcomes.of(EXPIRES, new UpstreamUnavailableException("ESI 503")).status())
                .isEqualTo(Status.FAILED);
        assertThat(JobOutcomes.of(EXPIRES, null)).isEqualTo(SyncOutcome.of(Status.UPDATED, EXPIRES));
    }
}
