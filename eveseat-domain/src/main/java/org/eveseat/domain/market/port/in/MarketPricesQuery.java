package org.eveseat.domain.market.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.shared.TypeId;

/**
 * The stored average and adjusted price per type, for every feature that values items: industry job costs are
 * based on the adjusted price, net worth and replacement costs on the average. Types without a price are absent.
 */
public interface MarketPricesQuery {
    Map<TypeId, MarketPrice> prices(Collection<TypeId> typeIds);

    default Optional<MarketPrice> price(TypeId typeId) {
        return Optional.ofNullable(prices(List.of(typeId)).get(typeId));
    }
}
