package org.eveseat.domain.contract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.testing.ContractFixtures.contract;

import java.time.Duration;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContractListingModelTest {
    @Test
    void sortsParseFromTheirApiForm() {
        assertThat(ContractSort.parse(null)).isEqualTo(ContractSort.NEWEST);
        assertThat(ContractSort.parse("-issued")).isEqualTo(ContractSort.NEWEST);
        assertThat(ContractSort.parse("expires")).isEqualTo(new ContractSort(ContractSort.Field.EXPIRES, false));
        assertThat(ContractSort.parse("-price").toString()).isEqualTo("-price");
        assertThatThrownBy(() -> ContractSort.parse("title")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSortKeyOfAPriceIsInHundredthsOfIsk() {
        Contract pricedAt3Million = contract(3);
        assertThat(ContractSort.parse("price").key(pricedAt3Million)).isEqualTo(300_000_000L);
        assertThat(ContractSort.fromCents(150)).isEqualByComparingTo("1.50");
        assertThat(ContractSort.NEWEST.key(pricedAt3Million)).isEqualTo(pricedAt3Million.offer().dateIssued()
                .toEpochMilli());
    }

    @Test
    void aCursorRoundTripsAndKnowsWhatComesAfterIt() {
        ContractCursor cursor = ContractCursor.parse("300000000-3");
        assertThat(cursor.toString()).isEqualTo("300000000-3");
        ContractSort cheapestFirst = ContractSort.parse("price");
        assertThat(cursor.precedes(contract(4), cheapestFirst)).isTrue();
        assertThat(cursor.precedes(contract(3), cheapestFirst)).isFalse();
        assertThat(cursor.precedes(contract(1), cheapestFirst)).isFalse();
        assertThat(cursor.precedes(contract(1), ContractSort.parse("-price"))).isTrue();
        assertThatThrownBy(() -> ContractCursor.parse("yesterday")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ContractCursor.parse("1-2-3")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void pricesRangeInclusivelyAndAnInvertedRangeIsRefused() {
        PriceRange range = new PriceRange(Isk.of("10"), Isk.of("20"));
        assertThat(range.contains(Isk.of("10"))).isTrue();
        assertThat(range.contains(Isk.of("20.01"))).isFalse();
        assertThat(range.contains(null)).isFalse();
        assertThat(PriceRange.ANY.contains(null)).isTrue();
        assertThatThrownBy(() -> new PriceRange(Isk.of("20"), Isk.of("10"))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void searchesCheckTheirLimitsAndInputs() {
        assertThatThrownBy(() -> new ContractSearch(ContractFilter.ALL, ContractSort.NEWEST, null, 101))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContractFilter(null, null, null, null, null, null, Duration.ofHours(-1)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PublicContractSearch(new RegionId(10000002L), null, null, "ab", null, 10))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new PublicContractSearch(new RegionId(10000002L), null, null, " Tritanium ", null, 10)
                .itemTypeName()).isEqualTo("Tritanium");
    }
}
