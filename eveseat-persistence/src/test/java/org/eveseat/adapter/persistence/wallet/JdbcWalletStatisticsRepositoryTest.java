package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.Period;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.Totals;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletStatistics;
import org.eveseat.domain.wallet.model.WalletStatistics.ByCounterparty;
import org.eveseat.domain.wallet.model.WalletStatistics.ByPeriod;
import org.eveseat.domain.wallet.model.WalletStatistics.ByRefType;
import org.eveseat.domain.wallet.port.out.WalletStatisticsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcWalletStatisticsRepositoryTest {
    private static final long PILOT = 2112625428L;
    private static final long ALICE = 90000001L;
    private static final long BOB = 90000002L;

    private final TestDatabase db = TestDatabase.get();
    private final WalletStatisticsRepository statistics = new JdbcWalletStatisticsRepository(db.dataSource());
    private final JournalOwner pilot = JournalOwner.character(PILOT);

    @BeforeEach
    void journal() {
        db.truncateApplicationTables();
        new JdbcWalletJournalRepository(db.dataSource()).insertNew(pilot, List.of(
                entry(1, "2026-01-31T23:59:59Z", JournalRefType.BOUNTY_PRIZES, "100", 1000125L, PILOT),
                entry(2, "2026-02-01T00:00:00Z", JournalRefType.PLAYER_DONATION, "50", ALICE, PILOT),
                entry(3, "2026-02-02T10:00:00Z", JournalRefType.PLAYER_DONATION, "-500", PILOT, BOB),
                entry(4, "2026-02-03T10:00:00Z", JournalRefType.PLAYER_DONATION, "25", ALICE, PILOT),
                entry(5, "2027-01-01T00:00:00Z", JournalRefType.BOUNTY_PRIZES, "999", 1000125L, PILOT)));
    }

    @Test
    void sumsIncomeAndExpenseByRefTypeByMonthAndByCounterparty() {
        WalletStatistics year = statistics.statistics(pilot, new StatisticsRange(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), Period.MONTH, 2));

        assertThat(year.byRefType()).containsExactly(
                new ByRefType(JournalRefType.BOUNTY_PRIZES, totals("100", "0", 1)),
                new ByRefType(JournalRefType.PLAYER_DONATION, totals("75", "-500", 3)));
        assertThat(year.byPeriod()).containsExactly(
                new ByPeriod(Instant.parse("2026-01-01T00:00:00Z"), totals("100", "0", 1)),
                new ByPeriod(Instant.parse("2026-02-01T00:00:00Z"), totals("75", "-500", 3)));
        assertThat(year.topCounterparties()).containsExactly(new ByCounterparty(BOB, null, totals("0", "-500", 1)),
                new ByCounterparty(1000125L, null, totals("100", "0", 1)));
    }

    @Test
    void weeksStartOnMondayInUtc() {
        WalletStatistics weeks = statistics.statistics(pilot, new StatisticsRange(
                Instant.parse("2026-01-26T00:00:00Z"), Instant.parse("2026-02-09T00:00:00Z"), Period.WEEK, 10));

        assertThat(weeks.byPeriod()).extracting(ByPeriod::start).containsExactly(
                Instant.parse("2026-01-26T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"));
        assertThat(weeks.topCounterparties()).extracting(ByCounterparty::partyId).containsExactly(BOB, 1000125L,
                ALICE);
    }

    private static Totals totals(String income, String expense, long entries) {
        return new Totals(Isk.of(income), Isk.of(expense), entries);
    }

    private static WalletJournalEntry entry(long id, String date, JournalRefType type, String amount, long first,
                                            long second) {
        return new WalletJournalEntry(id, Instant.parse(date), type, "entry " + id, new Isk(new BigDecimal(amount)),
                null, first, second, null, null, null, null);
    }
}
