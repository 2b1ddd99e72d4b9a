package org.eveseat.adapter.esi.market;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.adapter.esi.common.WalkPage;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderFilter;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Public market data over ESI: a region's order book (X-Pages, all pages walked; the side and type asked for are
 * part of the cache key, since they change the answer), a type's daily history and CCP's universe-wide prices.
 * Operations of the ESI table: the spec gives their rate groups, paging and cache times. A region's whole book is
 * also read page by page ({@link RegionBookEsi}) for the snapshot job, which stores each chunk of pages as it goes.
 */
@ApplicationScoped
public class EsiMarketAdapter implements MarketEsi, RegionBookEsi {
    private static final Function<String, List<MarketOrder>> BOOK_PAGE =
            EsiJson.list(MarketOrderDto.class, MarketMapper::toDomain);

    private EsiTable esi;

    protected EsiMarketAdapter() {
    }

    @Inject
    public EsiMarketAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<MarketOrder>> regionOrders(RegionId regionId, OrderFilter filter) {
        var orders = EsiRequest.of("GET /markets/{region_id}/orders").with("region_id", regionId)
                .with("order_type", filter.side().esiValue())
                .with("type_id", filter.typeId() == null ? null : filter.typeId().value());
        return esi.readPages(orders, EsiJson.list(MarketOrderDto.class, MarketMapper::toDomain));
    }

    @Override
    public EsiResult<BookPage> firstPage(RegionId regionId) {
        EsiResult<WalkPage<MarketOrder>> first = esi.readFirstPage(book(regionId), BOOK_PAGE);
        if (first instanceof EsiResult.Fresh<WalkPage<MarketOrder>> fresh) {
            return new EsiResult.Fresh<>(bookPage(fresh.value()), fresh.expires());
        }
        return first instanceof EsiResult.Unchanged<?> ? new EsiResult.Unchanged<>(first.expires())
                : new EsiResult.NotDue<>(first.expires());
    }

    @Override
    public List<BookPage> pages(RegionId regionId, List<Integer> numbers) {
        return esi.readPagesOf(book(regionId), numbers, BOOK_PAGE).stream().map(EsiMarketAdapter::bookPage).toList();
    }

    /** The whole book, both sides, every type: one resource with one cache entry. */
    private static EsiRequest book(RegionId regionId) {
        return EsiRequest.of("GET /markets/{region_id}/orders").with("region_id", regionId).with("order_type", "all");
    }

    private static BookPage bookPage(WalkPage<MarketOrder> page) {
        return new BookPage(page.page().number(), page.page().count(), page.page().items(), page.lastModified(),
                page.expires());
    }

    @Override
    public EsiResult<List<MarketHistoryDay>> history(RegionId regionId, TypeId typeId) {
        var history = EsiRequest.of("GET /markets/{region_id}/history").with("region_id", regionId)
                .with("type_id", typeId);
        return esi.read(history, EsiJson.list(MarketHistoryDto.class, MarketMapper::toDomain));
    }

    @Override
    public EsiResult<List<MarketPrice>> prices() {
        return esi.read(EsiRequest.of("GET /markets/prices"), EsiJson.list(MarketPriceDto.class, MarketMapper::toDomain));
    }
}
