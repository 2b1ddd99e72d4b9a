package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeItem;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRoute;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticType;

/**
 * One hub to another: the lots of every type sold at the source that the destination takes (buy orders, or a sell
 * order to undercut), then the hold filled from them. Types the static data does not know are not carried.
 */
record HubPair(TradeHub from, TradeHub to, int jumps, StationBook source, StationBook destination,
               TypeVolumes types) {
    TradeRoute route(TradeRouteSearch search) {
        TradeMode mode = search.mode();
        double kept = search.fees().kept(mode);
        List<TypeId> traded = source.soldTypes().stream()
                .filter(type -> (mode == TradeMode.ORDER ? destination.sells(type) : destination.buys(type)) != null)
                .toList();
        Map<TypeId, StaticType> known = types.types(traded);
        List<TradeLot> lots = new ArrayList<>();
        for (TypeId type : traded) {
            StaticType details = known.get(type);
            if (details != null) {
                TradeLadder.walk(type, details.cargoVolume(), source.sells(type),
                        mode == TradeMode.ORDER ? destination.sells(type) : destination.buys(type), mode, kept, lots);
            }
        }
        double cargo = search.cargoM3() == null ? Double.POSITIVE_INFINITY : search.cargoM3();
        double isk = search.isk() == null ? Double.POSITIVE_INFINITY : search.isk().amount().doubleValue();
        List<CargoFill.Taken> taken = CargoFill.fill(lots, cargo, isk, search.maxItems());
        List<TradeItem> items = taken.stream().map(type -> item(type, known.get(type.typeId).name()))
                .sorted(Comparator.comparing((TradeItem item) -> item.profit().amount()).reversed()).toList();
        BigDecimal profit = items.stream().map(item -> item.profit().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        double cargoUsed = items.stream().mapToDouble(TradeItem::volumeM3).sum();
        return new TradeRoute(from, to, jumps, items, new Isk(profit),
                new Isk(profit.divide(BigDecimal.valueOf(Math.max(1, jumps)), 2, RoundingMode.HALF_EVEN)), cargoUsed,
                isk(taken.stream().mapToDouble(type -> type.cost).sum()));
    }

    private static TradeItem item(CargoFill.Taken taken, String name) {
        double volume = taken.quantity * taken.unitVolume;
        double profit = taken.profit();
        return new TradeItem(taken.typeId, name, taken.quantity, isk(taken.cost / taken.quantity),
                isk(taken.price / taken.quantity), isk(profit), isk(profit / taken.quantity), volume,
                isk(volume > 0 ? profit / volume : 0));
    }

    private static Isk isk(double amount) {
        return new Isk(BigDecimal.valueOf(amount));
    }
}
