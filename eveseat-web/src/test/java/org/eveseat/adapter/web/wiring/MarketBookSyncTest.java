package org.eveseat.adapter.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eveseat.adapter.esi.market.EsiMarketAdapter;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.adapter.persistence.market.JdbcBookSnapshotRepository;
import org.eveseat.adapter.persistence.market.JdbcMarketBook;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.market.service.PublishBookService;
import org.eveseat.domain.market.service.StartBookWalkService;
import org.eveseat.domain.market.service.StoreBookPagesService;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.fake.ledger.GeneratedBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order book sync as the market-book job runs it, wired as the server wires it: the real ESI adapter and gateway
 * against the fake ESI's generated book, the real repositories on PostgreSQL with the changelog. The stored snapshot
 * equals the fake's book, also after a 5xx, a cut-short body and a change of ESI's book in the middle of the walk.
 */
class MarketBookSyncTest {
    private static final RegionId FORGE = new RegionId(10000002L);
    private static final int PAGES_PER_CHUNK = 4;

    private final TestDatabase db = TestDatabase.get();
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMarketAdapter esi = new EsiMarketAdapter(harness.settings(), harness.gateway());
    private final JdbcBookSnapshotRepository snapshots = new JdbcBookSnapshotRepository(db.dataSource());
    private final StartBookWalkService start = new StartBookWalkService(esi, snapshots, harness.clock());
    private final StoreBookPagesService store = new StoreBookPagesService(esi, snapshots, harness.clock());
    private final PublishBookService publish = new PublishBookService(snapshots, new JdbcMarketBook(db.dataSource()),
            event -> { }, harness.clock());

    @BeforeEach
    void emptyDatabase() {
        db.truncateApplicationTables();
        harness.esi().pageSize(500);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theStoredSnapshotEqualsTheFakesBookThroughFaultsAndAChangeMidWalk() {
        GeneratedBook book = harness.esi().ledger().publicData().market().generateBook(FORGE.value(), 5_000, 9);
        PublishedBook first = sync();
        assertThat(first.snapshot().orderCount()).isEqualTo(5_000);
        assertThat(StoredMarketBook.stored(db.dataSource(), FORGE.value())).isEqualTo(StoredMarketBook.served(book));

        book.churn();
        harness.clock().advance(Duration.ofMinutes(6));
        harness.esi().failNext(1, 503).truncateNextBody().changeDuringPagination();
        PublishedBook second = sync();

        assertThat(book.version()).as("ESI's book changed after page 1 was read").isEqualTo(2);
        assertThat(second.snapshot().orderCount()).isEqualTo(book.size());
        assertThat(StoredMarketBook.stored(db.dataSource(), FORGE.value())).isEqualTo(StoredMarketBook.served(book));
        assertThat(second.newOrders()).isPositive();
        assertThat(second.priceChanges()).isPositive();
        assertThat(second.goneOrders()).isPositive();

        assertThat(start.start(FORGE).upToDate()).as("ESI's answer is still cached").isTrue();
    }

    private PublishedBook sync() {
        BookWalkStart started = start.start(FORGE);
        assertThat(started.upToDate()).isFalse();
        BookWalk walk = started.walk();
        while (!walk.complete()) {
            walk = store.store(walk, PAGES_PER_CHUNK);
        }
        return publish.publish(FORGE);
    }
}
