package org.eveseat.adapter.esi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.shared.Isk;
import org.junit.jupiter.api.Test;

/** The mapping against a body ESI really sent: The Forge, Tritanium, 2020-03-01 to 2021-04-18. */
class MarketHistoryExampleTest {
    /** ESI's answer as captured (see the fake's SOURCE.md); the fake serves the same days moved forward. */
    private static final String EXAMPLE = "/org/eveseat/fake/market_history_10000002_34.json";

    @Test
    void aRealHistoryBodyMapsDayByDay() throws IOException {
        List<MarketHistoryDay> days = EsiJson.list(MarketHistoryDto.class, MarketMapper::toDomain)
                .apply(example());

        assertThat(days).hasSize(414);
        assertThat(days.get(0)).isEqualTo(new MarketHistoryDay(LocalDate.of(2020, 3, 1), Isk.of("7.73"),
                Isk.of("8.00"), Isk.of("7.66"), 9_085_235_901L, 2775));
        assertThat(days.get(413)).isEqualTo(new MarketHistoryDay(LocalDate.of(2021, 4, 18), Isk.of("6.91"),
                Isk.of("7.08"), Isk.of("6.25"), 13_906_723_567L, 2740));
        assertThat(days).extracting(MarketHistoryDay::date).isSorted().doesNotHaveDuplicates();
        assertThat(days).allSatisfy(day -> {
            assertThat(day.lowest().amount()).isLessThanOrEqualTo(day.average().amount());
            assertThat(day.average().amount()).isLessThanOrEqualTo(day.highest().amount());
        });
    }

    private static String example() throws IOException {
        try (InputStream in = MarketHistoryExampleTest.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
