package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;

/** A character's orders sync with its own token; a corporation's with the member the schedule names. */
class MarketOrderSyncRunnersTest {
    private static final Instant DUE = Instant.parse("2026-12-07T14:00:00Z");
    private static final SyncOutcome DONE = SyncOutcome.of(SyncOutcome.Status.UPDATED, DUE.plusSeconds(1200));

    private final MarketOrderSyncRunners runners = new MarketOrderSyncRunners();

    @Test
    void aCharactersOrdersAreReadForThatCharacter() {
        var runner = runners.characterOrders(character -> {
            assertThat(character.value()).isEqualTo(2112625428L);
            return DONE;
        });
        var sync = new ScheduledSync(new SyncKey(SyncEndpoint.MARKET_ORDERS, 2112625428L), 2112625428L, 3, DUE,
                SyncState.never());

        assertThat(runner.endpoint()).isEqualTo(SyncEndpoint.MARKET_ORDERS);
        assertThat(runner.work(sync)).isEqualTo(new SyncRunner.Done(DONE));
    }

    @Test
    void aCorporationsOrdersAreReadWithTheMembersToken() {
        var runner = runners.corporationOrders((corporation, via) -> {
            assertThat(corporation.value()).isEqualTo(98000001L);
            assertThat(via.value()).isEqualTo(90000001L);
            return DONE;
        });
        var sync = new ScheduledSync(new SyncKey(SyncEndpoint.CORPORATION_MARKET_ORDERS, 98000001L), 90000001L, 5,
                DUE, SyncState.never());

        assertThat(runner.endpoint()).isEqualTo(SyncEndpoint.CORPORATION_MARKET_ORDERS);
        assertThat(runner.work(sync)).isEqualTo(new SyncRunner.Done(DONE));
    }
}
