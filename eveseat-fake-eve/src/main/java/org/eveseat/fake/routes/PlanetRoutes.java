package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Colony;
import org.eveseat.fake.ledger.Position;
import org.eveseat.fake.ledger.Sde;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Planetary interaction: colonies and their layout, customs offices, schematics and planet information. */
public final class PlanetRoutes {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"};

    private PlanetRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/planets")
                        .answer(request -> request.character().planets().all().stream().map(colony -> {
                            Map<String, Object> json = Json.without(colony, "pins", "links", "routes");
                            json.put("num_pins", colony.pins().size());
                            return json;
                        }).toList()),
                EsiRoute.of("GET /characters/{character_id}/planets/{planet_id}")
                        .answer(request -> Json.only(colony(request), "links", "pins", "routes")),
                EsiRoute.of("GET /corporations/{corporation_id}/customs_offices")
                        .pages(request -> request.corporation().customsOffices(), Json::object),
                EsiRoute.of("GET /universe/schematics/{schematic_id}").answer(request -> {
                    Sde.Schematic schematic = Optional.ofNullable(Sde.get().schematics()
                            .get(request.longParam("schematic_id"))).orElseThrow(() -> Bodies.notFound("Schematic"));
                    return Map.of("cycle_time", schematic.cycleTime(), "schematic_name", schematic.name());
                }),
                EsiRoute.of("GET /universe/planets/{planet_id}")
                        .answer(PlanetRoutes::planet));
    }

    private static Colony colony(EsiRequest request) {
        long planetId = request.longParam("planet_id");
        return request.character().planets().find(colony -> colony.planetId() == planetId)
                .orElseThrow(() -> Bodies.notFound("Colony"));
    }

    /** A planet some known character has a colony on, else a planet of Akpivem as in the spec example. */
    private static Map<String, Object> planet(EsiRequest request) {
        long planetId = request.longParam("planet_id");
        Optional<Colony> colony = request.ledger().knownCharacters().stream()
                .flatMap(character -> character.planets().all().stream())
                .filter(c -> c.planetId() == planetId).findFirst();
        long systemId = colony.map(Colony::solarSystemId).orElse(30000003L);
        Sde.SolarSystem system = Sde.get().systems().get(systemId);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", (system == null ? "Planet" : system.name()) + " " + ROMAN[(int) (planetId % ROMAN.length)]);
        json.put("planet_id", planetId);
        json.put("position", new Position(-189226344497.0, 9901605317.0, -254852632979.0));
        json.put("system_id", systemId);
        json.put("type_id", colony.map(c -> Colony.planetTypeId(c.planetType())).orElse(13L));
        return json;
    }
}
