package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AwaitTest {
    private static final Duration POLL = Duration.ofMillis(1);

    @Test
    void returnsTheFirstValueThatIsDoneWithoutLookingAgain() {
        AtomicInteger looks = new AtomicInteger();

        int value = Await.until("the third look", Duration.ofSeconds(10), POLL, looks::incrementAndGet, n -> n == 3);

        assertThat(value).isEqualTo(3);
        assertThat(looks).hasValue(3);
    }

    @Test
    void aConditionThatHoldsAtOnceIsNotWaitedFor() {
        AtomicInteger looks = new AtomicInteger();

        Await.until("at once", Duration.ZERO, () -> looks.incrementAndGet() > 0);

        assertThat(looks).hasValue(1);
    }

    @Test
    void aTimeOutSaysWhatWasAwaitedAndTheLastValueSeen() {
        AtomicInteger looks = new AtomicInteger();

        assertThatThrownBy(() -> Await.until("the job to end", Duration.ofMillis(20), POLL,
                () -> "STARTED " + looks.incrementAndGet(), status -> status.startsWith("COMPLETED")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the job to end: not within PT0.02S; last seen: STARTED ")
                .hasMessageEndingWith("STARTED " + looks.get());
        assertThat(looks.get()).as("looked until the deadline, not once").isGreaterThan(1);
    }
}
