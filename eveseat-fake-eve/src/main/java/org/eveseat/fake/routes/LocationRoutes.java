package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Position;
import org.eveseat.fake.ledger.Sde;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** NPC stations and item types from the SDE, and player structures from the ledger. */
public final class LocationRoutes {

    private static final List<String> SERVICES = List.of("courier-missions", "reprocessing-plant", "market",
            "repair-facilities", "fitting", "news", "storage", "insurance", "docking", "office-rental",
            "loyalty-point-store", "navy-offices");

    private LocationRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /universe/stations/{station_id}").answer(LocationRoutes::station),
                EsiRoute.of("GET /universe/structures/{structure_id}")
                        .answer(request -> request.publicData().structures()
                                .find(s -> s.structureId() == docked(request))
                                .map(structure -> Json.without(structure, "structure_id"))
                                .orElseThrow(() -> Bodies.notFound("Structure"))),
                EsiRoute.of("GET /universe/types/{type_id}").answer(LocationRoutes::type));
    }

    /** The path's structure, if the token's character may dock there; ESI answers 403 otherwise. */
    static long docked(EsiRequest request) {
        long structureId = request.longParam("structure_id");
        if (!request.publicData().mayDock(structureId, request.token().characterId())) {
            throw HttpError.esi(403, "Forbidden");
        }
        return structureId;
    }

    private static Map<String, Object> station(EsiRequest request) {
        Sde.Station station = UniverseRoutes.found(Sde.get().stations(), request, "station_id", "Station");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("max_dockable_ship_volume", 50_000_000.0);
        json.put("name", station.name());
        json.put("office_rental_cost", 10_000.0);
        json.put("owner", station.ownerId());
        json.put("position", new Position(165632286720.0, 2771804160.0, -2455331266560.0));
        json.put("reprocessing_efficiency", 0.5);
        json.put("reprocessing_stations_take", 0.05);
        json.put("services", SERVICES);
        json.put("station_id", station.id());
        json.put("system_id", station.systemId());
        json.put("type_id", station.typeId());
        return json;
    }

    private static Map<String, Object> type(EsiRequest request) {
        Sde.ItemType type = UniverseRoutes.found(Sde.get().types(), request, "type_id", "Type");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("capacity", type.capacity());
        json.put("description", "The " + type.name() + ".");
        json.put("group_id", type.groupId());
        json.put("market_group_id", type.marketGroupId());
        json.put("mass", type.mass());
        json.put("name", type.name());
        json.put("portion_size", type.portionSize());
        json.put("published", type.published());
        json.put("type_id", type.id());
        json.put("volume", type.volume());
        json.values().removeIf(Objects::isNull);
        return json;
    }
}
