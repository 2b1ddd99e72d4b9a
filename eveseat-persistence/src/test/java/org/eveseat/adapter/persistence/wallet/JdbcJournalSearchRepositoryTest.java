package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalFilter;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.JournalSearchRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcJournalSearchRepositoryTest {
    private final TestDatabase db = TestDatabase.get();
    private final JournalSearchRepository search = new JdbcJournalSearchRepository(db.dataSource());
    private final JournalOwner pilot = JournalOwner.character(2112625428L);

    @BeforeEach
    void hundredEntries() {
        db.truncateApplicationTables();
        var journal = new JdbcWalletJournalRepository(db.dataSource());
        journal.insertNew(pilot, JournalFixtures.entries(1, 101));
        journal.insertNew(JournalOwner.corporation(2112625428L, new WalletDivision(1)), JournalFixtures.entries(1, 500));
    }

    @Test
    void pagesBackAndUpWithoutSkippingOrRepeating() {
        KeysetPage<WalletJournalEntry> first = search.page(pilot, JournalSearch.newest(40));
        assertThat(ids(first)).startsWith(100L, 99L).endsWith(61L).hasSize(40);
        assertThat(first.older()).isEqualTo(61L);
        assertThat(first.newer()).isNull();

        KeysetPage<WalletJournalEntry> last = search.page(pilot, new JournalSearch(null, 21L, null, 40));
        assertThat(ids(last)).startsWith(20L).endsWith(1L).hasSize(20);
        assertThat(last.older()).isNull();
        assertThat(last.newer()).isEqualTo(20L);

        KeysetPage<WalletJournalEntry> up = search.page(pilot, new JournalSearch(null, null, 20L, 40));
        assertThat(ids(up)).startsWith(60L).endsWith(21L).hasSize(40);
        assertThat(up.newer()).isEqualTo(60L);
        assertThat(up.older()).isEqualTo(21L);
    }

    @Test
    void filtersCombine() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        JournalFilter filter = new JournalFilter(Set.of(JournalRefType.BOUNTY_PRIZES), start.plusSeconds(10),
                start.plusSeconds(50), Isk.of("20"), Isk.of("40.25"), null);

        assertThat(ids(search.page(pilot, new JournalSearch(filter, null, null, 1000))))
                .containsExactly(38L, 36L, 34L, 32L, 28L, 26L, 24L, 22L);
    }

    @Test
    void aCounterpartyMatchesEitherParty() {
        JournalFilter secondParty = new JournalFilter(Set.of(), null, null, null, null, 1000125L);
        JournalFilter firstParty = new JournalFilter(Set.of(), null, null, null, null, 90000000L + 3);

        assertThat(search.page(pilot, new JournalSearch(secondParty, null, null, 1000)).items()).hasSize(80);
        assertThat(ids(search.page(pilot, new JournalSearch(firstParty, null, null, 1000))))
                .containsExactly(3L);
    }

    private static List<Long> ids(KeysetPage<WalletJournalEntry> page) {
        return page.items().stream().map(WalletJournalEntry::id).toList();
    }
}
