package org.eveseat.adapter.web.rest.intel;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.intel.model.ActivityReport;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SovereigntyMap;
import org.eveseat.domain.intel.model.SystemHolder;

/**
 * Bodies of the map's layer reads. Activity is a table of number rows (thousands of systems, read at every map
 * open); holders are grouped with their systems so a legend and the colouring come from one list.
 */
final class MapLayersJson {
    private MapLayersJson() {
    }

    static JsonObject activity(ActivityReport report) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        report.systems().forEach(s -> rows.add(JSON.createArrayBuilder().add(s.systemId().value())
                .add(s.shipKills()).add(s.podKills()).add(s.npcKills()).add(s.jumps())));
        JsonObjectBuilder body = JSON.createObjectBuilder().add("window", report.window().text())
                .add("since", report.since().toString());
        time(body, "latestHour", report.latestHour());
        return body.add("columns", JSON.createArrayBuilder().add("systemId").add("shipKills").add("podKills")
                .add("npcKills").add("jumps")).add("systems", rows).build();
    }

    static JsonObject sovereignty(SovereigntyMap map) {
        Map<Long, List<SystemHolder>> byHolder = new LinkedHashMap<>();
        map.holders().forEach(h -> byHolder.computeIfAbsent(h.holderId(), id -> new ArrayList<>()).add(h));
        JsonArrayBuilder holders = JSON.createArrayBuilder();
        byHolder.values().stream().sorted(Comparator.comparingInt((List<SystemHolder> l) -> -l.size())
                .thenComparingLong(l -> l.get(0).holderId())).forEach(systems -> holders.add(holder(systems)));
        JsonArrayBuilder campaigns = JSON.createArrayBuilder();
        map.campaigns().forEach(c -> campaigns.add(campaign(c)));
        return JSON.createObjectBuilder().add("holders", holders).add("campaigns", campaigns).build();
    }

    static JsonArray incursions(List<Incursion> incursions) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        incursions.forEach(i -> {
            JsonArrayBuilder infested = JSON.createArrayBuilder();
            i.infestedSolarSystems().forEach(s -> infested.add(s.value()));
            list.add(JSON.createObjectBuilder().add("constellationId", i.constellationId().value())
                    .add("factionId", i.factionId()).add("type", i.type())
                    .add("state", i.state().name().toLowerCase()).add("influence", i.influence())
                    .add("hasBoss", i.hasBoss()).add("stagingSystemId", i.stagingSolarSystemId().value())
                    .add("infestedSystems", infested));
        });
        return list.build();
    }

    private static JsonObject holder(List<SystemHolder> systems) {
        SystemHolder first = systems.get(0);
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        systems.forEach(s -> ids.add(s.systemId().value()));
        JsonObjectBuilder holder = JSON.createObjectBuilder().add("id", first.holderId())
                .add("kind", first.allianceId() != null ? "alliance" : "faction");
        if (first.name() == null) {
            holder.addNull("name");
        } else {
            holder.add("name", first.name());
        }
        return holder.add("systems", ids).build();
    }

    static JsonObject campaign(SovereigntyCampaign c) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("campaignId", c.campaignId())
                .add("eventType", c.eventType().name().toLowerCase()).add("systemId", c.solarSystemId().value())
                .add("constellationId", c.constellationId().value()).add("startTime", c.startTime().toString());
        if (c.defenderId() == null) {
            json.addNull("defenderId");
        } else {
            json.add("defenderId", c.defenderId().value());
        }
        return json.build();
    }

    private static void time(JsonObjectBuilder body, String name, Instant time) {
        if (time == null) {
            body.addNull(name);
        } else {
            body.add(name, time.toString());
        }
    }
}
