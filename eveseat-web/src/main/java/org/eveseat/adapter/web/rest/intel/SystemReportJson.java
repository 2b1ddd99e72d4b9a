package org.eveseat.adapter.web.rest.intel;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.model.SystemReport;
import org.eveseat.domain.universe.model.MapSystem;

/** The body of a system's details; every id comes with its name (null where no name is known). */
final class SystemReportJson {
    private SystemReportJson() {}

    static JsonObject of(SystemReport report) {
        MapSystem system = report.system();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", system.id().value())
                .add("name", system.name())
                .add("security", system.security())
                .add("constellationId", system.constellationId().value());
        text(json, "constellationName", report.constellationName());
        json.add("regionId", system.regionId().value());
        text(json, "regionName", report.regionName());
        if (system.factionId() == null) {
            json.addNull("faction");
        } else {
            JsonObjectBuilder faction = JSON.createObjectBuilder().add("id", system.factionId());
            json.add("faction", text(faction, "name", report.factionName()));
        }
        holder(json, report.holder());
        text(
                json,
                "latestHour",
                report.latestHour() == null ? null : report.latestHour().toString());
        json.add("lastHour", activity(report.lastHour())).add("lastDay", activity(report.lastDay()));
        incursion(json, report.incursion());
        JsonArrayBuilder campaigns = JSON.createArrayBuilder();
        report.campaigns().forEach(c -> campaigns.add(MapLayersJson.campaign(c)));
        return json.add("campaigns", campaigns).build();
    }

    private static void holder(JsonObjectBuilder json, SystemHolder holder) {
        if (holder == null) {
            json.addNull("holder");
            return;
        }
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("id", holder.holderId())
                .add("kind", holder.allianceId() != null ? "alliance" : "faction");
        json.add("holder", text(body, "name", holder.name()));
    }

    private static JsonObject activity(SystemActivity activity) {
        return JSON.createObjectBuilder()
                .add("shipKills", activity.shipKills())
                .add("podKills", activity.podKills())
                .add("npcKills", activity.npcKills())
                .add("jumps", activity.jumps())
                .build();
    }

    private static void incursion(JsonObjectBuilder json, Incursion incursion) {
        if (incursion == null) {
            json.addNull("incursion");
            return;
        }
        json.add(
                "incursion",
                JSON.createObjectBuilder()
                        .add("state", incursion.state().name().toLowerCase())
                        .add("influence", incursion.influence())
                        .add("hasBoss", incursion.hasBoss())
                        .add("stagingSystemId", incursion.stagingSolarSystemId().value()));
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }
}
