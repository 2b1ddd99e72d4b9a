package org.eveseat.domain.market.service;

import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.port.out.StaticData;

/** The names an own order is shown with, from the static data (null for a player structure or an unknown id). */
final class OrderNames {
    private final StaticData staticData;

    OrderNames(StaticData staticData) {
        this.staticData = staticData;
    }

    OwnOrderView view(OwnOrder order, OrderPosition position) {
        return new OwnOrderView(order, staticData.names().get(order.typeId()),
                staticData.stationName(order.locationId()).orElse(null),
                staticData.universe().region(order.regionId()).map(MapRegion::name).orElse(null), position);
    }
}
