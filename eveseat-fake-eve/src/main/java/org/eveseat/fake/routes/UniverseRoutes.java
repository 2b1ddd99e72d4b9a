package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.ledger.Position;
import org.eveseat.fake.ledger.Samples;
import org.eveseat.fake.ledger.Sde;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The map from the SDE: systems, constellations, regions, stargates, and hourly jump and kill statistics. */
public final class UniverseRoutes {

    private UniverseRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /universe/systems").answer(request -> List.copyOf(Sde.get().systems().keySet())),
                EsiRoute.of("GET /universe/systems/{system_id}").answer(UniverseRoutes::system),
                EsiRoute.of("GET /universe/stargates/{stargate_id}").answer(UniverseRoutes::stargate),
                EsiRoute.of("GET /universe/constellations")
                        .answer(request -> List.copyOf(Sde.get().constellations().keySet())),
                EsiRoute.of("GET /universe/constellations/{constellation_id}").answer(UniverseRoutes::constellation),
                EsiRoute.of("GET /universe/regions").answer(request -> List.copyOf(Sde.get().regions().keySet())),
                EsiRoute.of("GET /universe/regions/{region_id}").answer(UniverseRoutes::region),
                EsiRoute.of("GET /universe/system_jumps")
                        .answer(request -> statistics(system -> Map.of("ship_jumps", hourly(system, "jumps", 400),
                                "system_id", system))),
                EsiRoute.of("GET /universe/system_kills")
                        .answer(request -> statistics(system -> Map.of("npc_kills", hourly(system, "npc", 300),
                                "pod_kills", hourly(system, "pods", 3), "ship_kills", hourly(system, "ships", 6),
                                "system_id", system))));
    }

    static <T> T found(Map<Long, T> table, EsiRequest request, String parameter, String what) {
        return Optional.ofNullable(table.get(request.longParam(parameter))).orElseThrow(() -> Bodies.notFound(what));
    }

    private static Map<String, Object> system(EsiRequest request) {
        Sde.SolarSystem system = found(Sde.get().systems(), request, "system_id", "Solar system");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("constellation_id", system.constellationId());
        json.put("name", system.name());
        json.put("position", Sde.get().constellations().get(system.constellationId()).position());
        json.put("security_class", system.securityClass());
        json.put("security_status", system.security());
        json.put("star_id", system.starId());
        List<Long> stations = Sde.get().stations().values().stream().filter(s -> s.systemId() == system.id())
                .map(Sde.Station::id).toList();
        json.put("stations", stations.isEmpty() ? null : stations);
        json.put("system_id", system.id());
        json.values().removeIf(Objects::isNull);
        return json;
    }

    /** The SDE copy has no stargate table: every gate is the spec example's, under the asked id. */
    private static Map<String, Object> stargate(EsiRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("destination", Map.of("stargate_id", 50000056L, "system_id", 30000001L));
        json.put("name", "Stargate (Tanoo)");
        json.put("position", new Position(-101092761600.0, 5279539200.0, 1550503403520.0));
        json.put("stargate_id", request.longParam("stargate_id"));
        json.put("system_id", 30000003L);
        json.put("type_id", 29624L);
        return json;
    }

    private static Map<String, Object> constellation(EsiRequest request) {
        Sde.Constellation constellation = found(Sde.get().constellations(), request, "constellation_id",
                "Constellation");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("constellation_id", constellation.id());
        json.put("name", constellation.name());
        json.put("position", constellation.position());
        json.put("region_id", constellation.regionId());
        json.put("systems", Sde.get().systems().values().stream()
                .filter(s -> s.constellationId() == constellation.id()).map(Sde.SolarSystem::id).toList());
        return json;
    }

    private static Map<String, Object> region(EsiRequest request) {
        Sde.Named region = found(Sde.get().regions(), request, "region_id", "Region");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("constellations", Sde.get().constellations().values().stream()
                .filter(c -> c.regionId() == region.id()).map(Sde.Constellation::id).toList());
        json.put("description", "The " + region.name() + " region.");
        json.put("name", region.name());
        json.put("region_id", region.id());
        return json;
    }

    /** One entry per known-space system. */
    private static List<Map<String, Object>> statistics(Function<Long, Map<String, Object>> entry) {
        return Sde.get().systems().keySet().stream().filter(id -> id < 31_000_000L).map(entry).toList();
    }

    /** Jita's figures are fixed for tests to name; the others change every hour, as a day on the map would. */
    private static long hourly(long systemId, String what, int max) {
        long hour = Instant.now().getEpochSecond() / 3600;
        // a scrambled seed: neighbouring ids as seeds would give nearly the same first numbers
        long seed = (systemId ^ (hour << 32)) * 0x9E3779B97F4A7C15L;
        return systemId == Samples.JITA ? max * 10L : Samples.of(seed, what).between(0, max);
    }
}
