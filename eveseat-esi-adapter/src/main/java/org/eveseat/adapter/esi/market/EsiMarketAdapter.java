package org.eveseat.adapter.esi.market;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
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
 * Operations of the ESI table: the spec gives their rate groups, paging and cache times.
 */
@ApplicationScoped
public class EsiMarketAdapter implements MarketEsi {
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
