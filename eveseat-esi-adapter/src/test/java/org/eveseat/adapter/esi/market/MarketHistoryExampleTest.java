package org.eveseat.adapter.esi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.shared.Isk;
import org.junit.jupiter.api.Test;

/** The mapping against a body ESI really sent: The Forge, Tritanium, 2020-03-01 to 2021-04-18. */
class MarketHistoryExampleTest {
    private static final String EXAMPLE = "shared/esi/examples/market/markets_10000002_history_type_34.json";

    @Test
    void aRealHistoryBodyMapsDayByDay() throws IOException {
        List<MarketHistoryDay> days = EsiJson.list(MarketHistoryDto.class, MarketMapper::toDomain)
                .apply(Files.readString(example()));

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

    /** The shared reference data lies next to the checkout, as the spec does. */
    private static Path example() {
        return Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
                .map(dir -> dir.resolve(EXAMPLE)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException(EXAMPLE + " not found"));
    }
}
