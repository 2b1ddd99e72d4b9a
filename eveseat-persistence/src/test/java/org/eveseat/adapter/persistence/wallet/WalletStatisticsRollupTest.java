package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.Period;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.WalletStatisticsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics read from the rollups the writer keeps answer exactly as the journal's rows summed directly, for
 * ranges cut anywhere (midnights, month starts, within a day), whatever the session's time zone, for entries that
 * arrive later than newer ones and for entries delivered twice.
 */
class WalletStatisticsRollupTest {
    private static final Instant START = Instant.parse("2026-01-30T00:00:00Z");
    private static final List<JournalRefType> TYPES = List.of(JournalRefType.BOUNTY_PRIZES,
            JournalRefType.PLAYER_DONATION, JournalRefType.MARKET_ESCROW);

    private final TestDatabase db = TestDatabase.get();
    private final Random random = new Random(17);
    private final JournalOwner pilot = JournalOwner.character(2112625431L);
    private final JournalOwner division = JournalOwner.corporation(98000001L, new WalletDivision(3));
    private SingleConnection session;

    @BeforeEach
    void empty() throws SQLException {
        db.truncateApplicationTables();
        session = new SingleConnection(db.dataSource(), true, false);
    }

    @AfterEach
    void close() throws SQLException {
        session.connection().close();
    }

    @Test
    void rollupsAnswerAsTheRowsForRangesCutAnywhere() throws SQLException {
        write(pilot, entries(pilot, 1, 3_000));
        write(division, entries(division, 1, 2_000));

        assertSameAnswers(pilot, 150);
        assertSameAnswers(division, 50);
    }

    @Test
    void entriesArrivingLaterAndTwiceAreCountedOnce() throws SQLException {
        List<WalletJournalEntry> all = entries(pilot, 1, 2_001);
        write(pilot, all.subList(1_000, 2_000));
        assertSameAnswers(pilot, 20);
        write(pilot, all.subList(0, 1_000)); // older entries after newer ones, into days already summed
        write(pilot, all.subList(500, 1_500)); // delivered again, half of them stored already
        write(pilot, all.subList(0, 2_000));
        var journal = new JdbcWalletJournalRepository(session.dataSource());
        assertThat(journal.insertNew(pilot, all.subList(0, 10))).isZero(); // autocommit: its own transaction

        assertThat(journal.count(pilot)).isEqualTo(2_000);
        assertSameAnswers(pilot, 80);
    }

    @Test
    void bucketsAreCutInUtcWhateverTheSessionTimeZone() throws SQLException {
        write(pilot, entries(pilot, 1, 2_000));
        session.connection().createStatement().execute("set time zone 'Pacific/Chatham'");

        assertSameAnswers(pilot, 40);
    }

    /** The changeset sums the journal stored before it as the writer would have. */
    @Test
    void theChangesetFillsTheRollupsOfAJournalStoredBeforeIt() throws Exception {
        write(pilot, entries(pilot, 1, 1_500));
        write(division, entries(division, 1, 500));
        List<List<Object>> written = rollupRows();
        session.connection().createStatement().execute("truncate wallet_journal_day, wallet_journal_party");

        var changeset = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(getClass()
                .getResourceAsStream("/db/changelog/018-perf-wallet-journal-rollup.xml")).getElementsByTagName("sql");
        for (int i = 0; i < changeset.getLength(); i++) {
            session.connection().createStatement().execute(changeset.item(i).getTextContent());
        }

        assertThat(rollupRows()).hasSizeGreaterThan(100).isEqualTo(written);
    }

    private List<List<Object>> rollupRows() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (String table : List.of("wallet_journal_day", "wallet_journal_party")) {
            try (var rs = session.connection().createStatement().executeQuery("select * from " + table
                    + " order by 1, 2, 3, 4, 5")) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        Object value = rs.getObject(c);
                        row.add(value instanceof BigDecimal amount ? amount.stripTrailingZeros() : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void assertSameAnswers(JournalOwner owner, int ranges) {
        WalletStatisticsRepository rollups = new JdbcWalletStatisticsRepository(session.dataSource());
        WalletStatisticsRepository rows = new RawWalletStatistics(session.dataSource());
        for (StatisticsRange range : ranges(ranges)) {
            assertThat(rollups.statistics(owner, range)).as("%s %s", owner, range)
                    .isEqualTo(rows.statistics(owner, range));
        }
    }

    /** Edges at midnight, at a month's start, within a day and a second either side; whole years too. */
    private List<StatisticsRange> ranges(int count) {
        List<Instant> edges = new ArrayList<>(List.of(Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-02-14T00:00:00Z")));
        List<StatisticsRange> ranges = new ArrayList<>(List.of(
                range(START.minus(Duration.ofDays(365)), START.plus(Duration.ofDays(365))),
                range(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")),
                range(Instant.parse("2026-02-03T10:00:00Z"), Instant.parse("2026-02-03T11:00:00Z"))));
        while (ranges.size() < count) {
            Instant a = edge(edges);
            Instant b = edge(edges);
            if (!a.equals(b)) {
                ranges.add(range(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
            }
        }
        return ranges;
    }

    private Instant edge(List<Instant> edges) {
        Instant base = random.nextBoolean() ? edges.get(random.nextInt(edges.size()))
                : START.plus(Duration.ofDays(random.nextInt(80)));
        return switch (random.nextInt(4)) {
            case 0 -> base;
            case 1 -> base.minusSeconds(1);
            case 2 -> base.plusSeconds(1);
            default -> base.plusSeconds(random.nextInt(86_400));
        };
    }

    private StatisticsRange range(Instant from, Instant to) {
        return new StatisticsRange(from, to, Period.values()[random.nextInt(3)], 1 + random.nextInt(20));
    }

    /** Chunks of 250 in one transaction each, as a sync writes ESI pages. */
    private void write(JournalOwner owner, List<WalletJournalEntry> entries) throws SQLException {
        SingleConnection tx = new SingleConnection(db.dataSource(), false, false);
        var journal = new JdbcWalletJournalRepository(tx.dataSource());
        for (int from = 0; from < entries.size(); from += 250) {
            journal.insertNew(owner, entries.subList(from, Math.min(from + 250, entries.size())));
            tx.connection().commit();
        }
        tx.connection().close();
    }

    /**
     * About 70 days of entries, many at or a second around midnight; amounts of either sign, zero and none;
     * counterparties that are the owner on either side, or missing.
     */
    private List<WalletJournalEntry> entries(JournalOwner owner, long from, long to) {
        List<WalletJournalEntry> entries = new ArrayList<>();
        for (long id = from; id < to; id++) {
            Instant date = START.plus(Duration.ofDays(random.nextInt(70)))
                    .plusSeconds(random.nextInt(3) == 0 ? random.nextInt(3) - 1 : random.nextInt(86_400));
            Isk amount = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> Isk.of("0");
                default -> new Isk(BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 2));
            };
            Long party = random.nextInt(20) == 0 ? null : 90_000_000L + random.nextInt(30);
            Long self = owner.id();
            boolean ownerFirst = random.nextBoolean();
            entries.add(new WalletJournalEntry(id, date, TYPES.get(random.nextInt(TYPES.size())), "entry " + id,
                    amount, null, ownerFirst ? self : party, ownerFirst ? party : self, null, null, null, null));
        }
        return entries;
    }
}
