package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class RateBucketTest {
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final RateBucket bucket = new RateBucket(RateLimitGroup.parse("char-wallet", "150/15m"));

    @Test
    void chargesFollowEsisPriceList() {
        bucket.record(200, T0, Optional.empty(), OptionalInt.empty());
        bucket.record(304, T0, Optional.empty(), OptionalInt.empty());
        bucket.record(404, T0, Optional.empty(), OptionalInt.empty());
        bucket.record(503, T0, Optional.empty(), OptionalInt.empty());
        assertThat(bucket.used()).isEqualTo(2 + 1 + 5);
    }

    @Test
    void esisRemainingCountWinsWhenItIsLower() {
        bucket.record(200, T0, Optional.empty(), OptionalInt.of(100));
        assertThat(bucket.used()).isEqualTo(50);
        bucket.record(200, T0, Optional.empty(), OptionalInt.of(147));
        assertThat(bucket.used()).as("a stale, higher remaining does not give tokens back").isEqualTo(52);
    }

    @Test
    void tokensComeBackAfterTheWindow() {
        bucket.record(200, T0, Optional.empty(), OptionalInt.of(3));
        assertThatThrownBy(() -> bucket.checkBefore(T0.plusSeconds(1))).isInstanceOf(EsiPausedException.class)
                .satisfies(e -> assertThat(((EsiPausedException) e).until()).isEqualTo(T0.plus(Duration.ofMinutes(15))));
        bucket.checkBefore(T0.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(bucket.used()).isZero();
    }

    @Test
    void a429BlocksForRetryAfter() {
        bucket.record(429, T0, Optional.of(Duration.ofSeconds(30)), OptionalInt.empty());
        assertThatThrownBy(() -> bucket.checkBefore(T0.plusSeconds(29))).isInstanceOf(EsiPausedException.class);
        bucket.checkBefore(T0.plusSeconds(30));
    }
}
