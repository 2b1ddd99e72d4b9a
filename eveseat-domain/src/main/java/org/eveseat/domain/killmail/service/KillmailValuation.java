package org.eveseat.domain.killmail.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailValue;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/**
 * Values a killmail at the stored average prices: the hull, and every item (containers' contents too) by the
 * quantities dropped and destroyed. A blueprint copy (singleton 2) has no market of its own and counts as nothing,
 * as its original's price would overstate it by far.
 */
final class KillmailValuation {
    static final int BLUEPRINT_COPY = 2;

    private final MarketPricesQuery prices;

    KillmailValuation(MarketPricesQuery prices) {
        this.prices = prices;
    }

    KillmailValue value(Killmail killmail) {
        Set<TypeId> types = types(killmail.victim().shipTypeId(), killmail.victim().items());
        return value(killmail.victim().shipTypeId(), killmail.victim().items(), averages(types), types);
    }

    /**
     * The total of each listed loss, its ship and items given, with one price read for all of them; null for a
     * loss none of whose types has a price.
     */
    Map<Long, Isk> totals(Map<Long, TypeId> ships, Map<Long, List<Killmail.Item>> items) {
        Map<Long, Set<TypeId>> typesOf = new HashMap<>();
        ships.forEach((id, ship) -> typesOf.put(id, types(ship, items.getOrDefault(id, List.of()))));
        Map<TypeId, Isk> unit = averages(typesOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        Map<Long, Isk> totals = new HashMap<>();
        typesOf.forEach((id, types) -> {
            KillmailValue value = value(ships.get(id), items.getOrDefault(id, List.of()), unit, types);
            totals.put(id, value.unitPrices().isEmpty() ? null : value.total());
        });
        return totals;
    }

    private static KillmailValue value(TypeId shipType, List<Killmail.Item> items, Map<TypeId, Isk> prices,
                                       Set<TypeId> types) {
        Map<TypeId, Isk> unit = new HashMap<>(prices);
        unit.keySet().retainAll(types);
        BigDecimal ship = price(unit, shipType);
        Sums sums = new Sums();
        sum(items, unit, sums);
        BigDecimal total = ship.add(sums.dropped).add(sums.destroyed);
        return new KillmailValue(new Isk(ship), new Isk(sums.dropped), new Isk(sums.destroyed), new Isk(total),
                unit, types.size() - unit.size());
    }

    private static Set<TypeId> types(TypeId ship, List<Killmail.Item> items) {
        Set<TypeId> types = new HashSet<>();
        types.add(ship);
        collect(items, types);
        return types;
    }

    private Map<TypeId, Isk> averages(Set<TypeId> types) {
        Map<TypeId, Isk> unit = new HashMap<>();
        prices.prices(types).forEach((type, price) -> average(price, type, unit));
        return unit;
    }

    private static void average(MarketPrice price, TypeId type, Map<TypeId, Isk> unit) {
        if (price.averagePrice() != null) {
            unit.put(type, price.averagePrice());
        }
    }

    private static void collect(List<Killmail.Item> items, Set<TypeId> types) {
        for (Killmail.Item item : items) {
            types.add(item.typeId());
            collect(item.items(), types);
        }
    }

    private static void sum(List<Killmail.Item> items, Map<TypeId, Isk> unit, Sums sums) {
        for (Killmail.Item item : items) {
            BigDecimal each = item.singleton() == BLUEPRINT_COPY ? BigDecimal.ZERO : price(unit, item.typeId());
            sums.dropped = sums.dropped.add(each.multiply(BigDecimal.valueOf(item.quantityDropped())));
            sums.destroyed = sums.destroyed.add(each.multiply(BigDecimal.valueOf(item.quantityDestroyed())));
            sum(item.items(), unit, sums);
        }
    }

    private static BigDecimal price(Map<TypeId, Isk> unit, TypeId type) {
        Isk price = unit.get(type);
        return price == null ? BigDecimal.ZERO : price.amount();
    }

    /** The items' value so far, split as zKillboard splits it. */
    private static final class Sums {
        private BigDecimal dropped = BigDecimal.ZERO;
        private BigDecimal destroyed = BigDecimal.ZERO;
    }
}
