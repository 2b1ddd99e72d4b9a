package org.eveseat.domain.market;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.market.port.out.MarketHistoryRepository;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.market.port.out.TraderProfileRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** The pricing feature's storage in memory: prices, histories and trader profiles, counting the writes. */
public class InMemoryPricingStorage implements MarketPriceRepository, MarketHistoryRepository,
        TraderProfileRepository {
    public int priceWrites;
    public int historyWrites;
    private final Map<Long, MarketPrice> prices = new TreeMap<>();
    private final Map<String, MarketHistory> histories = new HashMap<>();
    private final Map<CharacterId, TradeSkills> skills = new HashMap<>();
    private final Map<CharacterId, Map<Long, Double>> standings = new HashMap<>();

    @Override
    public void replaceAll(List<MarketPrice> all) {
        priceWrites++;
        prices.clear();
        all.forEach(price -> prices.put(price.typeId().value(), price));
    }

    @Override
    public Map<TypeId, MarketPrice> find(Collection<TypeId> typeIds) {
        Map<TypeId, MarketPrice> found = new HashMap<>();
        typeIds.stream().filter(id -> prices.containsKey(id.value())).forEach(id -> found.put(id, prices.get(id.value())));
        return found;
    }

    @Override
    public List<MarketPrice> page(int offset, int limit) {
        return prices.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count() {
        return prices.size();
    }

    @Override
    public Optional<MarketHistory> find(RegionId regionId, TypeId typeId) {
        return Optional.ofNullable(histories.get(regionId + "/" + typeId));
    }

    @Override
    public void save(MarketHistory history) {
        historyWrites++;
        histories.put(history.regionId() + "/" + history.typeId(), history);
    }

    @Override
    public void extend(RegionId regionId, TypeId typeId, Instant expiresAt) {
        MarketHistory stored = histories.get(regionId + "/" + typeId);
        histories.put(regionId + "/" + typeId, new MarketHistory(regionId, typeId, expiresAt, stored.days()));
    }

    @Override
    public void saveSkills(CharacterId characterId, TradeSkills tradeSkills) {
        skills.put(characterId, tradeSkills);
    }

    @Override
    public void saveStandings(CharacterId characterId, Map<Long, Double> npcStandings) {
        standings.put(characterId, Map.copyOf(npcStandings));
    }

    @Override
    public Optional<TraderProfile> find(CharacterId characterId) {
        if (!skills.containsKey(characterId) && !standings.containsKey(characterId)) {
            return Optional.empty();
        }
        return Optional.of(new TraderProfile(skills.getOrDefault(characterId, TradeSkills.UNTRAINED),
                standings.getOrDefault(characterId, Map.of())));
    }
}
