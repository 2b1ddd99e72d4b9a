package org.eveseat.fake.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.FakeLedger;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.ledger.FakeNames;
import org.eveseat.fake.ledger.LegacyIds;
import org.eveseat.fake.ledger.Sde;

/**
 * {@code POST /universe/names} (ids to names and categories), {@code POST /universe/ids} (names to ids) and
 * {@code POST /characters/affiliation}, over the SDE tables and the characters, corporations and alliances of
 * the ledger.
 */
public final class NameRoutes {

    /** A resolved id: {@code category} as in the names answer, {@code plural} as in the ids answer. */
    record Entity(long id, String name, String category, String plural) {}

    private NameRoutes() {}

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("POST /universe/names").answer(NameRoutes::names),
                EsiRoute.of("POST /universe/ids").answer(NameRoutes::ids),
                EsiRoute.of("POST /characters/affiliation").answer(NameRoutes::affiliations),
                EsiRoute.of("GET /corporations/{corporation_id}").answer(NameRoutes::corporation));
    }

    private static List<Map<String, Object>> names(EsiRequest request) {
        List<Long> ids = Bodies.longs(request.json(), "body", 1, 1000);
        List<Map<String, Object>> names = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            Entity entity = resolve(request.ledger(), id)
                    .orElseThrow(() -> HttpError.esi(404, "Ensure all IDs are valid before resolving."));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("category", entity.category());
            json.put("id", entity.id());
            json.put("name", entity.name());
            names.add(json);
        }
        return names;
    }

    /** Each character's corporation (and alliance) as the ledger has it; ESI answers this POST uncached. */
    private static List<Map<String, Object>> affiliations(EsiRequest request) {
        List<Map<String, Object>> answer = new ArrayList<>();
        for (long id : Bodies.longs(request.json(), "body", 1, 1000).stream()
                .distinct()
                .toList()) {
            long corporation = request.ledger().character(id).corporationId();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("character_id", id);
            json.put("corporation_id", corporation);
            long alliance = request.ledger().corporation(corporation).allianceId();
            if (alliance > 0) {
                json.put("alliance_id", alliance);
            }
            answer.add(json);
        }
        return answer;
    }

    /** A corporation's public profile, with its alliance as the ledger has it; the rest is a fixed sample. */
    private static Map<String, Object> corporation(EsiRequest request) {
        var corporation = request.corporation();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", corporation.name());
        json.put("ticker", "CORP");
        json.put("type", "player_owned");
        json.put("state", "active");
        if (corporation.allianceId() > 0) {
            json.put("alliance_id", corporation.allianceId());
        }
        json.put("description", "");
        json.put("home_station_id", 60003760);
        json.put("member_count", 1);
        json.put("shares", 1000);
        json.put("tax_rates", Map.of("isk", 10.0, "loyalty_point", 5.6));
        json.put("war_eligible", true);
        json.put("friendly_fire", "illegal");
        return json;
    }

    private static Map<String, Object> ids(EsiRequest request) {
        Object body = request.json();
        if (!(body instanceof List<?> names)
                || names.isEmpty()
                || names.size() > 500
                || names.stream().anyMatch(name -> !(name instanceof String))) {
            throw HttpError.invalid("body", "expected 1 to 500 names", null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        List<Entity> all = everything(request.ledger()).toList();
        for (Object name : names.stream().distinct().toList()) {
            all.stream()
                    .filter(entity -> entity.name().equalsIgnoreCase((String) name))
                    .findFirst()
                    .ifPresent(entity ->
                            category(answer, entity.plural()).add(Map.of("id", entity.id(), "name", entity.name())));
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> category(Map<String, Object> answer, String plural) {
        return (List<Object>) answer.computeIfAbsent(plural, key -> new ArrayList<>());
    }

    static Optional<Entity> resolve(FakeLedger ledger, long id) {
        Optional<Entity> known =
                everything(ledger).filter(entity -> entity.id() == id).findFirst();
        if (known.isPresent()) {
            return known;
        }
        if (id >= 90_000_000L && id < 98_000_000L || id >= 2_100_000_000L && id < 2_147_483_648L) {
            return Optional.of(new Entity(id, FakeNames.pilot(id), "character", "characters"));
        }
        if (id >= 98_000_000L && id < 99_000_000L) {
            return Optional.of(new Entity(id, FakeNames.corporation(id), "corporation", "corporations"));
        }
        if (id >= 99_000_000L && id < 100_000_000L) {
            return Optional.of(new Entity(id, FakeNames.alliance(id), "alliance", "alliances"));
        }
        String legacy = LegacyIds.category(id);
        if (legacy != null) {
            String name = switch (legacy) {
                case "character" -> FakeNames.pilot(id);
                case "corporation" -> FakeNames.corporation(id);
                case "alliance" -> FakeNames.alliance(id);
                default -> Character.toUpperCase(legacy.charAt(0)) + legacy.substring(1) + " " + id;
            };
            return Optional.of(new Entity(id, name, legacy, legacy.equals("alliance") ? "alliances" : legacy + "s"));
        }
        return Optional.empty();
    }

    private static Stream<Entity> everything(FakeLedger ledger) {
        Sde sde = Sde.get();
        return Stream.of(
                        ledger.knownCharacters().stream()
                                .map(c -> new Entity(c.characterId(), c.name(), "character", "characters")),
                        ledger.knownCorporations().stream()
                                .map(c -> new Entity(c.corporationId(), c.name(), "corporation", "corporations")),
                        ledger.knownAlliances().stream()
                                .map(a -> new Entity(a.allianceId(), a.name(), "alliance", "alliances")),
                        sde.npcCorporations().values().stream()
                                .map(c -> new Entity(c.id(), c.name(), "corporation", "corporations")),
                        sde.factions().values().stream().map(f -> new Entity(f.id(), f.name(), "faction", "factions")),
                        sde.regions().values().stream().map(r -> new Entity(r.id(), r.name(), "region", "regions")),
                        sde.constellations().values().stream()
                                .map(c -> new Entity(c.id(), c.name(), "constellation", "constellations")),
                        sde.systems().values().stream()
                                .map(s -> new Entity(s.id(), s.name(), "solar_system", "systems")),
                        sde.stations().values().stream().map(s -> new Entity(s.id(), s.name(), "station", "stations")),
                        sde.types().values().stream()
                                .map(t -> new Entity(t.id(), t.name(), "inventory_type", "inventory_types")))
                .flatMap(entities -> entities);
    }
}
