package org.eveseat.adapter.esi.market;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderFilter;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Public market data over ESI: a region's order book (X-Pages, all pages walked; the side and type asked for are
 * part of the cache key, since they change the answer), a type's daily history and CCP's universe-wide prices.
 * Only the order book is rate limited; history and prices are bound by the error limit alone.
 */
@ApplicationScoped
public class EsiMarketAdapter implements MarketEsi {
    static final String ORDER_GROUP = "market-order";

    private EsiMarketClient client;
    private EsiGateway esi;

    protected EsiMarketAdapter() {
    }

    @Inject
    public EsiMarketAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiMarketClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<MarketOrder>> regionOrders(RegionId regionId, OrderFilter filter) {
        String side = filter.side().esiValue();
        Long typeId = filter.typeId() == null ? null : filter.typeId().value();
        var op = EsiOperation.open("/markets/" + regionId + "/orders?order_type=" + side
                + (typeId == null ? "" : "&type_id=" + typeId), ORDER_GROUP);
        return esi.readPages(op, (page, etag) -> client.regionOrders(regionId.value(), side, typeId, page, etag),
                EsiJson.list(MarketOrderDto.class, MarketMapper::toDomain));
    }

    @Override
    public EsiResult<List<MarketHistoryDay>> history(RegionId regionId, TypeId typeId) {
        var op = EsiOperation.open("/markets/" + regionId + "/history?type_id=" + typeId, RateLimitGroup.NONE);
        return esi.read(op, etag -> client.history(regionId.value(), typeId.value(), etag),
                EsiJson.list(MarketHistoryDto.class, MarketMapper::toDomain));
    }

    @Override
    public EsiResult<List<MarketPrice>> prices() {
        return esi.read(EsiOperation.open("/markets/prices", RateLimitGroup.NONE), client::prices,
                EsiJson.list(MarketPriceDto.class, MarketMapper::toDomain));
    }
}
