package org.eveseat.adapter.web.rest.market;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.EntityNames;

/**
 * Bodies of the structure market API: the places players read books at, and for admins each structure's last
 * read (state, the character it was read through, why nothing was stored) and the structures of users' orders.
 */
final class StructureMarketJson {
    private StructureMarketJson() {
    }

    /** The ids a user's answer names: the structures' systems and regions. */
    static Set<Long> placeIds(List<StructureMarket> markets) {
        return NamesJson.ids(markets.stream().flatMap(m -> Stream.of(m.systemId() == null ? null
                : m.systemId().value(), m.regionId() == null ? null : m.regionId().value())));
    }

    /** The ids an admin's answer names: also the reading characters and the suggestions' regions. */
    static Set<Long> adminIds(List<StructureMarket> markets, List<StructureSuggestion> suggestions) {
        Set<Long> ids = new HashSet<>(placeIds(markets));
        ids.addAll(NamesJson.ids(Stream.concat(markets.stream().map(m -> m.via() == null ? null : m.via().value()),
                suggestions.stream().map(s -> s.regionId().value()))));
        return ids;
    }

    /** What any user of the server sees: the structures whose orders are stored. */
    static JsonArray places(List<StructureMarket> markets, EntityNames names) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        markets.stream().filter(StructureMarket::stored).forEach(m -> all.add(place(m, names)));
        return all.build();
    }

    static JsonObject admin(List<StructureMarket> markets, List<StructureSuggestion> suggestions, EntityNames names) {
        JsonArrayBuilder kept = JSON.createArrayBuilder();
        for (StructureMarket m : markets) {
            JsonObjectBuilder json = place(m, names).add("access", m.access().name());
            id(json, "viaCharacterId", m.via() == null ? null : m.via().value());
            NamesJson.name(json, "viaCharacterName", names, m.via() == null ? null : m.via().value());
            kept.add(text(json, "detail", m.detail()));
        }
        JsonArrayBuilder suggested = JSON.createArrayBuilder();
        for (StructureSuggestion s : suggestions) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("structureId", s.structureId())
                    .add("regionId", s.regionId().value());
            text(json, "regionName", s.regionName() != null ? s.regionName() : names.name(s.regionId().value()));
            suggested.add(json.add("ownOrders", s.ownOrders()));
        }
        return JSON.createObjectBuilder().add("structures", kept).add("suggestions", suggested).build();
    }

    private static JsonObjectBuilder place(StructureMarket m, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("structureId", m.structureId());
        text(json, "structureName", m.name());
        SolarSystemId system = m.systemId();
        id(json, "systemId", system == null ? null : system.value());
        NamesJson.name(json, "systemName", names, system == null ? null : system.value());
        RegionId region = m.regionId();
        id(json, "regionId", region == null ? null : region.value());
        NamesJson.name(json, "regionName", names, region == null ? null : region.value());
        instant(json, "fetchedAt", m.fetchedAt());
        instant(json, "expiresAt", m.expiresAt());
        return json.add("orderCount", m.orderCount());
    }

    private static void id(JsonObjectBuilder json, String field, Long id) {
        if (id == null) {
            json.addNull(field);
        } else {
            json.add(field, id);
        }
    }

    private static void instant(JsonObjectBuilder json, String field, Instant at) {
        if (at == null) {
            json.addNull(field);
        } else {
            json.add(field, at.toString());
        }
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }
}
