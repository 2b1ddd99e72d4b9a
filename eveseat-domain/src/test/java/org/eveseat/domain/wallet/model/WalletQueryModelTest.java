package org.eveseat.domain.wallet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class WalletQueryModelTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aSearchGoesOneWayAtATimeWithinTheLimit() {
        assertThatThrownBy(() -> new JournalSearch(null, 5L, 9L, 50)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new JournalSearch(null, null, null, 1001)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new JournalSearch(null, 0L, null, 10)).hasMessageContaining("before id");
        assertThat(new JournalSearch(null, null, 7L, 1000).filter()).isEqualTo(JournalFilter.ALL);
    }

    @Test
    void aFilterRefusesEmptyRanges() {
        assertThatThrownBy(() -> new JournalFilter(Set.of(), FROM, FROM, null, null, null))
                .hasMessageContaining("from must be before to");
        assertThatThrownBy(() -> new JournalFilter(Set.of(), null, null, Isk.of("5"), Isk.of("-5"), null))
                .hasMessageContaining("minAmount");
    }

    @Test
    void statisticsCoverAtMostAboutTwoYears() {
        assertThat(new StatisticsRange(FROM, FROM.plus(StatisticsRange.LONGEST), Period.WEEK, 10).top())
                .isEqualTo(10);
        assertThatThrownBy(() -> new StatisticsRange(FROM, FROM.plus(StatisticsRange.LONGEST).plusSeconds(1),
                Period.DAY, 10)).hasMessageContaining("800 days");
        assertThatThrownBy(() -> new StatisticsRange(FROM, FROM.plusSeconds(1), Period.DAY, 0))
                .hasMessageContaining("top");
    }

    @Test
    void pagingBackTheExtraRowProvesAnOlderPage() {
        KeysetPage<Long> first = KeysetPage.of(List.of(10L, 9L, 8L), 2, false, false, Function.identity());
        assertThat(first).isEqualTo(new KeysetPage<>(List.of(10L, 9L), 9L, null));

        KeysetPage<Long> last = KeysetPage.of(List.of(8L), 2, false, true, Function.identity());
        assertThat(last).isEqualTo(new KeysetPage<>(List.of(8L), null, 8L));
    }

    @Test
    void pagingUpRowsReadOldestFirstAreServedNewestFirst() {
        KeysetPage<Long> up = KeysetPage.of(List.of(11L, 12L, 13L), 2, true, true, Function.identity());
        assertThat(up).isEqualTo(new KeysetPage<>(List.of(12L, 11L), 11L, 12L));

        KeysetPage<Long> top = KeysetPage.of(List.of(11L), 2, true, true, Function.identity());
        assertThat(top).isEqualTo(new KeysetPage<>(List.of(11L), 11L, null));
        assertThat(KeysetPage.of(List.<Long>of(), 2, true, true, Function.identity()).items()).isEmpty();
    }
}
