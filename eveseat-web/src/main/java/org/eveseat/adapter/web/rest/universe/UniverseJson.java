package org.eveseat.adapter.web.rest.universe;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.SchematicMap;
import org.eveseat.domain.universe.model.StaticDataImport;
import org.eveseat.domain.universe.model.SystemSummary;

/** Response bodies of the universe API: ids as numbers, names beside them, coordinates in metres. */
final class UniverseJson {
    private UniverseJson() {
    }

    static JsonObject map(SchematicMap map) {
        JsonArrayBuilder regions = JSON.createArrayBuilder();
        map.regions().forEach(point -> regions.add(JSON.createObjectBuilder().add("id", point.region().id().value())
                .add("name", point.region().name()).add("x", point.x()).add("y", point.y())));
        JsonArrayBuilder systems = JSON.createArrayBuilder();
        map.systems().forEach(system -> systems.add(system(system)));
        JsonArrayBuilder jumps = JSON.createArrayBuilder();
        map.jumps().forEach(link -> jumps.add(JSON.createArrayBuilder().add(link.one().value())
                .add(link.other().value())));
        return JSON.createObjectBuilder().add("version", map.version()).add("regions", regions)
                .add("systems", systems).add("jumps", jumps).build();
    }

    private static JsonObjectBuilder system(MapSystem system) {
        return JSON.createObjectBuilder().add("id", system.id().value()).add("name", system.name())
                .add("x", system.x2d()).add("y", system.y2d()).add("security", Math.round(system.security() * 1000)
                        / 1000.0).add("regionId", system.regionId().value())
                .add("constellationId", system.constellationId().value());
    }

    static JsonObject route(PlannedRoute route) {
        return JSON.createObjectBuilder().add("flag", route.flag().value()).add("jumps", route.jumps())
                .add("systems", systems(route.systems())).build();
    }

    static JsonArray systems(List<SystemSummary> systems) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        systems.forEach(system -> all.add(summary(system)));
        return all.build();
    }

    private static JsonObjectBuilder summary(SystemSummary system) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", system.id().value()).add("name", system.name())
                .add("security", Math.round(system.security() * 1000) / 1000.0)
                .add("regionId", system.regionId().value());
        return system.regionName() == null ? json.addNull("regionName") : json.add("regionName", system.regionName());
    }

    static JsonObject connections(List<List<SystemSummary>> connections) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        connections.forEach(pair -> all.add(systems(pair)));
        return JSON.createObjectBuilder().add("connections", all).build();
    }

    static JsonObject imported(StaticDataImport report) {
        JsonObjectBuilder rows = JSON.createObjectBuilder();
        report.rows().forEach(rows::add);
        JsonArrayBuilder examples = JSON.createArrayBuilder();
        report.examples().forEach(change -> {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", change.typeId().value());
            json = change.before() == null ? json.addNull("before") : json.add("before", change.before());
            examples.add(change.after() == null ? json.addNull("after") : json.add("after", change.after()));
        });
        return JSON.createObjectBuilder().add("version", report.version()).add("source", report.source())
                .add("millis", report.millis()).add("rows", rows).add("typesAdded", report.typesAdded())
                .add("typesRenamed", report.typesRenamed()).add("typesRemoved", report.typesRemoved())
                .add("examples", examples).build();
    }
}
