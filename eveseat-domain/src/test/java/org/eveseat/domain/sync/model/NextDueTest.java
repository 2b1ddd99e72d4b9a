package org.eveseat.domain.sync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.junit.jupiter.api.Test;

class NextDueTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 2112625428L);
    private static final Duration TENTH = SyncEndpoint.WALLET_JOURNAL.interval().dividedBy(10);

    @Test
    void neverBeforeTheIntervalNorBeforeEsisExpires() {
        Instant early = NextDue.after(JOURNAL, SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(30)), 0, NOW);
        Instant late = NextDue.after(JOURNAL, SyncOutcome.of(Status.UNCHANGED, NOW.plusSeconds(3600)), 0, NOW);

        assertThat(early).isBetween(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(10)).plus(TENTH));
        assertThat(late).isBetween(NOW.plusSeconds(3600), NOW.plusSeconds(3600).plus(TENTH));
    }

    @Test
    void failuresBackOffFromAMinuteUpToTheInterval() {
        SyncOutcome failed = new SyncOutcome(Status.FAILED, null, "ESI 503");

        assertThat(NextDue.after(JOURNAL, failed, 1, NOW)).isBefore(NOW.plus(Duration.ofMinutes(2)));
        assertThat(NextDue.after(JOURNAL, failed, 3, NOW)).isAfterOrEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(NextDue.after(JOURNAL, failed, 30, NOW))
                .isBetween(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(10)).plus(TENTH));
    }

    @Test
    void anInvalidTokenWaitsADay() {
        assertThat(NextDue.after(JOURNAL, new SyncOutcome(Status.TOKEN_INVALID, null, "revoked"), 1, NOW))
                .isAfterOrEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aNewlyPlannedSyncIsDueAtOnce() {
        assertThat(NextDue.first(JOURNAL, NOW)).isEqualTo(NOW);
        assertThat(NextDue.first(new SyncKey(SyncEndpoint.PUBLIC_CONTRACTS, 10000002L), NOW)).isEqualTo(NOW);
    }

    @Test
    void runsAfterManyFirstSuccessesAtOnceSpreadOverTheNextIntervalWithoutASpike() {
        SyncOutcome updated = SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(300));
        Duration hour = SyncEndpoint.CONTACTS.interval();
        Set<Long> minutes = LongStream.range(90_000_000L, 90_010_000L)
                .mapToObj(id -> NextDue.afterFirstSuccess(new SyncKey(SyncEndpoint.CONTACTS, id), updated, NOW))
                .map(due -> Duration.between(NOW.plus(hour), due).toMinutes()).collect(Collectors.toSet());
        long busiestMinute = LongStream.range(90_000_000L, 90_010_000L)
                .map(id -> Duration.between(NOW, NextDue.afterFirstSuccess(new SyncKey(SyncEndpoint.CONTACTS, id),
                        updated, NOW)).toMinutes())
                .boxed().collect(Collectors.groupingBy(m -> m, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow();

        assertThat(minutes).as("never before the interval").allMatch(m -> m >= 0);
        assertThat(minutes.size()).as("spread over at least one more interval").isGreaterThanOrEqualTo(60);
        assertThat(busiestMinute).as("10,000 over 60+ minutes: under 170 a minute").isLessThan(250);
    }
}
