package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.TypeId;

/** The kept structures and their orders in memory, with the suggestions a test sets. */
final class InMemoryStructureMarkets implements StructureMarketRepository {
    private final Map<Long, StructureMarket> kept = new LinkedHashMap<>();
    private final Map<Long, List<MarketOrder>> orders = new LinkedHashMap<>();
    final List<StructureSuggestion> suggestions = new ArrayList<>();

    @Override
    public List<StructureMarket> list() {
        return List.copyOf(kept.values());
    }

    @Override
    public Optional<StructureMarket> find(long structureId) {
        return Optional.ofNullable(kept.get(structureId));
    }

    @Override
    public void keep(List<Long> structureIds) {
        Map<Long, StructureMarket> next = new LinkedHashMap<>();
        structureIds.forEach(id -> next.put(id, kept.getOrDefault(id, StructureMarket.pending(id))));
        orders.keySet().retainAll(next.keySet());
        kept.clear();
        kept.putAll(next);
    }

    @Override
    public void recordState(StructureMarket market) {
        kept.computeIfPresent(market.structureId(), (id, old) -> market);
    }

    @Override
    public void replaceOrders(StructureMarket market, List<MarketOrder> replacement) {
        if (kept.containsKey(market.structureId())) {
            kept.put(market.structureId(), market);
            orders.put(market.structureId(), List.copyOf(replacement));
        }
    }

    @Override
    public List<MarketOrder> orders(long structureId, TypeId typeId) {
        return orders.getOrDefault(structureId, List.of()).stream().filter(o -> o.typeId().equals(typeId))
                .sorted(StructureStationBooks.BOOK_ORDER).toList();
    }

    @Override
    public List<StructureSuggestion> ownOrderStructures(int limit) {
        return suggestions.stream().filter(s -> !kept.containsKey(s.structureId())).limit(limit).toList();
    }
}
