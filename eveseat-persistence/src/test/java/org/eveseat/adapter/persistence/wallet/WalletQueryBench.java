package org.eveseat.adapter.persistence.wallet;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalFilter;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.Period;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Latency of the wallet API's two heavy reads on a big journal in the embedded PostgreSQL: keyset pages of 50
 * (plain, and filtered by ref type and date) at random depths of random owners, and one-year statistics of one
 * owner. Arguments: owners (default 1,000), entries per owner (default 10,000), pages (default 1,000), statistics
 * queries (default 100). The journal is written with the sync's own writer, one chunk per owner. The statistics
 * also run from the journal's rows alone, as they were read before the rollups, as the baseline.
 */
public final class WalletQueryBench {
    private static final Instant START = Instant.parse("2025-11-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(400);
    private static final List<JournalRefType> TYPES = List.of(JournalRefType.BOUNTY_PRIZES,
            JournalRefType.MARKET_TRANSACTION, JournalRefType.MARKET_ESCROW, JournalRefType.BROKERS_FEE,
            JournalRefType.TRANSACTION_TAX, JournalRefType.PLAYER_DONATION, JournalRefType.AGENT_MISSION_REWARD,
            JournalRefType.INDUSTRY_JOB_TAX, JournalRefType.ESS_ESCROW_TRANSFER,
            JournalRefType.CORPORATION_ACCOUNT_WITHDRAWAL);

    private final TestDatabase db = TestDatabase.get();
    private final Random random = new Random(42);

    public static void main(String[] args) throws SQLException {
        int owners = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perOwner = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int statistics = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        new WalletQueryBench().run(owners, perOwner, pages, statistics);
        System.exit(0);
    }

    private void run(int owners, int perOwner, int pages, int statistics) throws SQLException {
        long start = System.nanoTime();
        fill(owners, perOwner);
        System.out.printf("%,d rows (%,d owners x %,d) written and analyzed in %.0f s%n", (long) owners * perOwner,
                owners, perOwner, (System.nanoTime() - start) / 1e9);
        // one open connection, as the container's pool hands out: opening one per query would be most of the time
        SingleConnection pooled = new SingleConnection(db.dataSource(), true, false);
        var search = new JdbcJournalSearchRepository(pooled.dataSource());
        var sums = new JdbcWalletStatisticsRepository(pooled.dataSource());
        var rowsAlone = new RawWalletStatistics(pooled.dataSource());
        JournalFilter filtered = new JournalFilter(Set.of(JournalRefType.BOUNTY_PRIZES,
                JournalRefType.MARKET_TRANSACTION), START.plus(Duration.ofDays(30)), START.plus(Duration.ofDays(300)),
                null, null, null);
        IntConsumer page = i -> search.page(owner(owners), new JournalSearch(null, cursor(perOwner), null, 50));
        IntConsumer filteredPage = i -> search.page(owner(owners),
                new JournalSearch(filtered, cursor(perOwner), null, 50));
        JournalOwner one = JournalOwner.character(1_000_000L + owners / 2);
        Period[] periods = Period.values();
        // a year ending at a different time of day each run, so the partial days at both edges vary
        IntFunction<StatisticsRange> yearFrom = i -> new StatisticsRange(START.plus(Duration.ofDays(20))
                .plusSeconds(i * 3_607L), START.plus(Duration.ofDays(385)).plusSeconds(i * 3_607L),
                periods[i % periods.length], 10);
        IntConsumer year = i -> sums.statistics(one, yearFrom.apply(i));
        IntConsumer yearFromRows = i -> rowsAlone.statistics(one, yearFrom.apply(i));
        double pageP99 = report("keyset page of 50", page, pages, pages / 10);
        double filteredP99 = report("keyset page of 50, 2 ref types + dates", filteredPage, pages, pages / 10);
        double yearP99 = report("statistics, one year, one owner", year, statistics, statistics / 10);
        int baselineRuns = Math.max(3, statistics / 10);
        double rowsP99 = report("the same from the rows alone (baseline)", yearFromRows, baselineRuns, 1);
        String size = String.format("%,d x %,d", owners, perOwner);
        // the lines the benchmark command reads (docs/BENCHMARKS.md)
        System.out.printf(Locale.ROOT, "FIGURE|wallet page p99 (%s)|%.2f|ms|< 50|-|%n", size, pageP99);
        System.out.printf(Locale.ROOT, "FIGURE|wallet filtered page p99 (%s)|%.2f|ms|< 50|-|%n", size, filteredP99);
        System.out.printf(Locale.ROOT, "FIGURE|wallet statistics of a year p99 (%s)|%.2f|ms|< 300|rows alone|%.2f%n",
                size, yearP99, rowsP99);
    }

    private void fill(int owners, int perOwner) throws SQLException {
        db.truncateApplicationTables();
        SingleConnection pooled = new SingleConnection(db.dataSource(), false, false);
        var journal = new JdbcWalletJournalRepository(pooled.dataSource());
        for (int o = 0; o < owners; o++) {
            JournalOwner owner = JournalOwner.character(1_000_000L + o);
            journal.insertNew(owner, entries(owner.id(), perOwner));
            pooled.connection().commit();
        }
        pooled.connection().close();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().execute("vacuum analyze wallet_journal");
        }
    }

    private List<WalletJournalEntry> entries(long ownerId, int count) {
        List<WalletJournalEntry> entries = new ArrayList<>(count);
        long step = SPAN.toSeconds() / count;
        for (int id = 1; id <= count; id++) {
            boolean income = random.nextInt(3) > 0;
            long party = 90_000_000L + random.nextInt(2_000);
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            entries.add(new WalletJournalEntry(id, START.plusSeconds(id * step + random.nextInt((int) step)),
                    TYPES.get(random.nextInt(TYPES.size())), "entry " + id,
                    new Isk(income ? amount : amount.negate()), new Isk(BigDecimal.valueOf(id)),
                    income ? party : ownerId, income ? ownerId : party, null, null, null, null));
        }
        return entries;
    }

    private JournalOwner owner(int owners) {
        return JournalOwner.character(1_000_000L + random.nextInt(owners));
    }

    private Long cursor(int perOwner) {
        int before = 1 + random.nextInt(perOwner);
        return before == 1 ? null : (long) before;
    }

    /** Runs the query untimed first, so the JIT and the buffer cache are warm; returns the p99 in ms. */
    private static double report(String name, IntConsumer query, int runs, int warmUps) {
        for (int i = 0; i < Math.max(1, warmUps); i++) {
            query.accept(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-42s runs %,6d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", name, runs,
                nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6);
        return nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6;
    }
}
