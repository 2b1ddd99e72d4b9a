package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;

/** A kept structure's market syncs as a plain use case of the structure the schedule names. */
class MarketStructureSyncRunnersTest {
    private static final Instant DUE = Instant.parse("2026-12-07T14:00:00Z");
    private static final SyncOutcome DONE = SyncOutcome.of(SyncOutcome.Status.UPDATED, DUE.plusSeconds(300));

    @Test
    void theStructureOfTheScheduleIsRead() {
        var runner = new MarketStructureSyncRunners().structureMarket(structureId -> {
            assertThat(structureId).isEqualTo(1_035_466_617_946L);
            return DONE;
        });
        var sync = new ScheduledSync(new SyncKey(SyncEndpoint.MARKET_STRUCTURE, 1_035_466_617_946L), 0L, 7, DUE,
                SyncState.never());

        assertThat(runner.endpoint()).isEqualTo(SyncEndpoint.MARKET_STRUCTURE);
        assertThat(runner.work(sync)).isEqualTo(new SyncRunner.Done(DONE));
    }
}
