package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.service.MarketFixtures.FORGE;
import static org.eveseat.domain.market.service.MarketFixtures.NOW;
import static org.eveseat.domain.market.service.MarketFixtures.buy;
import static org.eveseat.domain.market.service.MarketFixtures.page;
import static org.eveseat.domain.market.service.MarketFixtures.sell;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

/** The walk over a region's book: begun fresh or resumed, pages of one ESI snapshot only, published whole. */
class BookWalkServicesTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ScriptedRegionBookEsi esi = new ScriptedRegionBookEsi();
    private final InMemoryBookSnapshots snapshots = new InMemoryBookSnapshots();
    private final StartBookWalkService start = new StartBookWalkService(esi, snapshots, clock);
    private final StoreBookPagesService store = new StoreBookPagesService(esi, snapshots, clock);
    private final RecordedEvents events = new RecordedEvents();
    private final PublishBookService publish = new PublishBookService(snapshots, snapshots, events, clock);

    @Test
    void aFreshPageOneBeginsAWalkThatStoresThePagesOfItsSnapshotAndIsPublishedWhole() {
        esi.first = new EsiResult.Fresh<>(page(1, 3, "A", sell(1, "5.00", 10)), NOW.plusSeconds(300));
        esi.page(page(2, 3, "A", sell(2, "5.10", 10))).page(page(3, 3, "A", buy(3, "4.90", 10)));

        BookWalkStart started = start.start(FORGE);
        assertThat(started.upToDate()).isFalse();
        BookWalk walk = store.store(started.walk(), 1);
        assertThat(walk.pagesStored()).isEqualTo(2);
        assertThatThrownBy(() -> publish.publish(FORGE)).isInstanceOf(ConflictException.class);
        walk = store.store(walk, 20);

        assertThat(walk.complete()).isTrue();
        assertThat(esi.asked).containsExactly(2, 3);
        PublishedBook published = publish.publish(FORGE);
        assertThat(published.snapshot().orderCount()).isEqualTo(3);
        assertThat(snapshots.snapshot(FORGE)).contains(published.snapshot());
        assertThat(snapshots.unfinished(FORGE)).isEmpty();
        assertThat(events.all()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("market.book");
            assertThat(event.topic()).as("public, for every screen showing a book").isEqualTo("market");
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.payload()).containsEntry("regionId", FORGE.value())
                    .containsEntry("snapshotId", published.snapshot().snapshotId()).containsEntry("orderCount", 3L)
                    .containsEntry("expiresAt", published.snapshot().expiresAt().toString());
        });
    }

    @Test
    void anUnchangedOrStillCachedBookIsUpToDateAndOnlyA304IsConfirmed() {
        esi.first = new EsiResult.Unchanged<>(NOW.plusSeconds(300));
        assertThat(start.start(FORGE)).isEqualTo(BookWalkStart.upToDate(NOW.plusSeconds(300)));
        esi.first = new EsiResult.NotDue<>(NOW.plusSeconds(120));
        assertThat(start.start(FORGE).upToDate()).isTrue();
        assertThat(snapshots.confirmed).containsExactly(FORGE);
        assertThat(snapshots.unfinished).isEmpty();
    }

    @Test
    void aWalkAStoppedRunLeftGoesOnWithoutReadingPageOneAgain() {
        BookWalk left = snapshots.begin(FORGE, page(1, 4, "A", sell(1, "5.00", 10)), NOW, 1);
        assertThat(start.start(FORGE).walk()).isEqualTo(left);
        assertThat(esi.firstPageReads).isZero();
    }

    @Test
    void aPageOfAnotherSnapshotStartsTheWalkOverFromAFreshPageOne() {
        BookWalk walk = snapshots.begin(FORGE, page(1, 3, "A", sell(1, "5.00", 10)), NOW, 1);
        esi.page(page(2, 3, "A", sell(2, "5.10", 10))).page(page(3, 3, "B", buy(3, "4.90", 10)))
                .page(page(1, 2, "B", sell(1, "4.99", 10)));

        BookWalk again = store.store(walk, 20);

        assertThat(snapshots.discarded).containsExactly(walk);
        assertThat(again.walks()).isEqualTo(2);
        assertThat(again.lastModified()).isEqualTo("B");
        assertThat(again.pageCount()).isEqualTo(2);
        assertThat(again.pagesStored()).isEqualTo(1);
        assertThat(snapshots.snapshot(FORGE)).isEmpty();
    }

    @Test
    void aPageThatNoLongerExistsMeansTheBookShrankAndTheWalkStartsOver() {
        BookWalk walk = snapshots.begin(FORGE, page(1, 3, "A", sell(1, "5.00", 10)), NOW, 1);
        esi.page(page(2, 3, "A", sell(2, "5.10", 10))).page(page(1, 2, "B", sell(1, "4.99", 10)));

        assertThat(store.store(walk, 20).walks()).isEqualTo(2);
    }

    @Test
    void aBookThatKeepsChangingFailsTheSyncAndLeavesTheCurrentBook() {
        MarketOrder stored = sell(9, "6.00", 1);
        snapshots.store(FORGE, stored);
        BookWalk walk = snapshots.begin(FORGE, page(1, 2, "A", sell(1, "5.00", 10)), NOW,
                StoreBookPagesService.MAX_WALKS);
        esi.page(page(2, 2, "B", sell(2, "5.10", 10)));

        assertThatThrownBy(() -> store.store(walk, 20)).isInstanceOf(UpstreamUnavailableException.class)
                .hasMessageContaining("changed during 3 walks");
        assertThat(snapshots.unfinished(FORGE)).isEmpty();
        assertThat(snapshots.orders(MarketFixtures.TRITANIUM, org.eveseat.domain.market.model.BookScope.region(FORGE)))
                .containsExactly(stored);
    }

    @Test
    void aRunRestartedAfterItsSwapOnlyRecordsTheChanges() {
        snapshots.store(FORGE, sell(1, "5.00", 10));
        int before = snapshots.changeRecords;

        PublishedBook again = publish.publish(FORGE);

        assertThat(again.snapshot()).isEqualTo(snapshots.snapshot(FORGE).orElseThrow());
        assertThat(snapshots.changeRecords).isEqualTo(before + 1);
        assertThatThrownBy(() -> publish.publish(MarketFixtures.DOMAIN)).isInstanceOf(ConflictException.class);
        assertThat(List.of(again.newOrders(), again.priceChanges(), again.goneOrders())).containsOnly(0L);
        assertThat(events.all()).as("no new snapshot, nothing to announce").isEmpty();
    }
}
