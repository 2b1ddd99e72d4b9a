package org.eveseat.adapter.esi.market;

import java.math.BigDecimal;

import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** ESI's market bodies onto the domain model. */
final class MarketMapper {
    private MarketMapper() {
    }

    static MarketOrder toDomain(MarketOrderDto dto) {
        return new MarketOrder(dto.orderId(), new TypeId(dto.typeId()), dto.isBuyOrder(), new Isk(dto.price()),
                dto.volumeRemain(), dto.volumeTotal(), dto.minVolume(), OrderRange.fromEsi(dto.range()),
                dto.locationId(), new SolarSystemId(dto.systemId()), dto.issued(), dto.duration());
    }

    static MarketHistoryDay toDomain(MarketHistoryDto dto) {
        return new MarketHistoryDay(dto.date(), new Isk(dto.average()), new Isk(dto.highest()),
                new Isk(dto.lowest()), dto.volume(), dto.orderCount());
    }

    static MarketPrice toDomain(MarketPriceDto dto) {
        return new MarketPrice(new TypeId(dto.typeId()), isk(dto.averagePrice()), isk(dto.adjustedPrice()));
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }
}
