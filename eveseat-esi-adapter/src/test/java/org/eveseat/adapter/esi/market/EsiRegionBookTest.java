package org.eveseat.adapter.esi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.fake.ledger.GeneratedBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A region's whole book page by page: page 1 as a cached read, the rest concurrently, each with Last-Modified. */
class EsiRegionBookTest {
    private static final RegionId FORGE = new RegionId(10000002L);

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMarketAdapter adapter = new EsiMarketAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void thePagesOfOneSnapshotShareLastModifiedAndHoldTheWholeBook() {
        GeneratedBook book = harness.esi().ledger().publicData().market().generateBook(FORGE.value(), 2_500, 4);

        BookPage first = ((EsiResult.Fresh<BookPage>) adapter.firstPage(FORGE)).value();
        List<BookPage> rest = adapter.pages(FORGE, List.of(2, 3));

        assertThat(first.count()).isEqualTo(3);
        assertThat(first.lastModified()).isNotBlank();
        assertThat(rest).extracting(BookPage::number).containsExactly(2, 3);
        assertThat(rest).extracting(BookPage::lastModified).containsOnly(first.lastModified());
        List<Long> ids = new ArrayList<>(first.orders().stream().map(MarketOrder::orderId).toList());
        rest.forEach(page -> page.orders().forEach(order -> ids.add(order.orderId())));
        assertThat(ids).isEqualTo(book.orders().stream().map(org.eveseat.fake.ledger.MarketOrder::orderId).toList());
    }

    @Test
    void pageOneIsNotAskedWhileCachedAndA304SaysTheBookIsUnchanged() {
        harness.esi().ledger().publicData().market().generateBook(FORGE.value(), 1_500, 4);
        adapter.firstPage(FORGE);
        assertThat(adapter.firstPage(FORGE)).isInstanceOf(EsiResult.NotDue.class);

        harness.clock().advance(Duration.ofMinutes(6));
        assertThat(adapter.firstPage(FORGE)).isInstanceOf(EsiResult.Unchanged.class);
    }

    @Test
    void aChurnedBookComesWithAnotherLastModified() {
        GeneratedBook book = harness.esi().ledger().publicData().market().generateBook(FORGE.value(), 1_500, 4);
        BookPage before = ((EsiResult.Fresh<BookPage>) adapter.firstPage(FORGE)).value();
        book.churn();
        harness.clock().advance(Duration.ofMinutes(6));

        BookPage after = adapter.pages(FORGE, List.of(1)).get(0);

        assertThat(after.lastModified()).isNotEqualTo(before.lastModified());
        assertThat(after.orders()).isNotEqualTo(before.orders());
    }
}
