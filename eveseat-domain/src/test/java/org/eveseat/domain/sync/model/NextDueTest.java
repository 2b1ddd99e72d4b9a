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
    void firstRunsOfManyCharactersSpreadOverTheWholeIntervalWithoutASpike() {
        Set<Long> minutes = LongStream.range(90_000_000L, 90_010_000L)
                .mapToObj(id -> NextDue.first(new SyncKey(SyncEndpoint.CONTACTS, id), NOW))
                .map(due -> Duration.between(NOW, due).toMinutes()).collect(Collectors.toSet());
        long busiestMinute = LongStream.range(90_000_000L, 90_010_000L)
                .map(id -> Duration.between(NOW, NextDue.first(new SyncKey(SyncEndpoint.CONTACTS, id), NOW)).toMinutes())
                .boxed().collect(Collectors.groupingBy(m -> m, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow();

        assertThat(minutes).hasSize(60);
        assertThat(busiestMinute).as("10,000 over 60 minutes: about 167 a minute").isLessThan(250);
    }
}
