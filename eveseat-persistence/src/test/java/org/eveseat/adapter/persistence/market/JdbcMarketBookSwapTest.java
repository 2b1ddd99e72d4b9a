package org.eveseat.adapter.persistence.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.adapter.persistence.market.BookFixtures.FORGE;
import static org.eveseat.adapter.persistence.market.BookFixtures.JITA;
import static org.eveseat.adapter.persistence.market.BookFixtures.JITA_4_4;
import static org.eveseat.adapter.persistence.market.BookFixtures.NOW;
import static org.eveseat.adapter.persistence.market.BookFixtures.TRITANIUM;
import static org.eveseat.adapter.persistence.market.BookFixtures.page;
import static org.eveseat.adapter.persistence.market.BookFixtures.sell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers during a swap see the old book or the new one, whole, never a mix. */
class JdbcMarketBookSwapTest {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
    private final JdbcMarketBook book = new JdbcMarketBook(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aReaderSeesTheOldBookUntilThePublishCommitsAndThenTheWholeNewOne() throws Exception {
        publish(orders(1, 300, "1.00"), NOW);
        BookWalk second = snapshots.begin(FORGE, page(1, 1, "B", orders(1000, 400, "2.00")), NOW, 1);
        BookWalk third;

        SingleConnection publisher = new SingleConnection(db.dataSource(), false, false);
        new JdbcBookSnapshotRepository(publisher.dataSource()).publish(second);
        assertThat(prices(read())).containsExactly("1.00");
        assertThat(read()).hasSize(300);
        publisher.connection().commit();
        assertThat(prices(read())).containsExactly("2.00");
        assertThat(read()).hasSize(400);

        // the next publish drops the first snapshot's partition: a reader waits for it, then reads the third book
        third = snapshots.begin(FORGE, page(1, 1, "C", orders(5000, 350, "3.00")), NOW, 1);
        new JdbcBookSnapshotRepository(publisher.dataSource()).publish(third);
        CompletableFuture<List<MarketOrder>> waiting = CompletableFuture.supplyAsync(this::read);
        awaitReaderWaitingForLock();
        publisher.connection().commit();
        publisher.connection().close();
        List<MarketOrder> after = waiting.get(30, TimeUnit.SECONDS);
        assertThat(prices(after)).containsExactly("3.00");
        assertThat(after).hasSize(350);
    }

    @Test
    void readersDuringManyPublishesEachSeeOneWholeBook() throws Exception {
        publish(orders(1, 500, "1.00"), NOW);
        AtomicBoolean publishing = new AtomicBoolean(true);
        List<CompletableFuture<List<String>>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                while (publishing.get()) {
                    List<MarketOrder> orders = read();
                    seen.add(prices(orders) + " x " + orders.size());
                }
                return seen;
            }));
        }
        for (int i = 2; i <= 6; i++) {
            publish(orders(i * 10_000L, 500 + i, i + ".00"), NOW.plusSeconds(300L * i));
        }
        publishing.set(false);
        Set<String> seen = new java.util.TreeSet<>();
        for (CompletableFuture<List<String>> reader : readers) {
            seen.addAll(reader.get(30, TimeUnit.SECONDS));
        }
        assertThat(seen).isNotEmpty().allSatisfy(view -> assertThat(view).matches("\\[(\\d)\\.00\\] x 50\\d"));
        for (String view : seen) {
            int book = view.charAt(1) - '0';
            assertThat(view).isEqualTo("[" + book + ".00] x " + (book == 1 ? 500 : 500 + book));
        }
    }

    private void publish(List<MarketOrder> orders, Instant at) {
        snapshots.publish(snapshots.begin(FORGE, page(1, 1, at.toString(), orders), at, 1));
        snapshots.recordChanges(FORGE, at);
    }

    private List<MarketOrder> read() {
        return book.orders(TRITANIUM, BookScope.region(FORGE));
    }

    private static List<MarketOrder> orders(long firstId, int count, String price) {
        return LongStream.range(firstId, firstId + count).mapToObj(id -> sell(id, TRITANIUM, price, JITA_4_4, JITA))
                .toList();
    }

    private static List<String> prices(List<MarketOrder> orders) {
        return orders.stream().map(o -> o.price().amount().toPlainString()).distinct().collect(Collectors.toList());
    }

    /** Until PostgreSQL reports a session of this test waiting for a lock (at most 30 s). */
    private void awaitReaderWaitingForLock() throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = "
                        + "'Lock' and query like '%from market_order where%'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("no reader waited for the publish's lock");
    }
}
