package org.eveseat.fake.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Static data from the EVE SDE (January 2026), as compact CSV copies in the test resources
 * ({@code org/eveseat/fake/sde/}): systems, constellations, regions, gate connections, NPC stations,
 * NPC corporations, factions, planet schematics and a few dozen item types. Loaded once, on first use.
 */
public final class Sde {

    public record SolarSystem(long id, String name, long constellationId, long regionId, double security,
                              Long starId, String securityClass) {
    }

    public record Constellation(long id, String name, long regionId, Position position) {
    }

    public record Named(long id, String name) {
    }

    public record Station(long id, long systemId, long typeId, long ownerId, String name) {
    }

    public record ItemType(long id, long groupId, String name, Double mass, Double volume, Double capacity,
                           Long portionSize, boolean published, Long marketGroupId) {
    }

    public record Schematic(long id, String name, long cycleTime) {
    }

    private static final class Holder {
        static final Sde SDE = new Sde();
    }

    private final Map<Long, SolarSystem> systems = load("systems.csv", row -> new SolarSystem(
            parseLong(row[0]), row[1], parseLong(row[2]), parseLong(row[3]), Double.parseDouble(row[4]),
            optionalLong(row[5]), row[6].isEmpty() ? null : row[6]), SolarSystem::id);
    private final Map<Long, Constellation> constellations = load("constellations.csv", row -> new Constellation(
            parseLong(row[0]), row[1], parseLong(row[2]), new Position(Double.parseDouble(row[3]),
            Double.parseDouble(row[4]), Double.parseDouble(row[5]))), Constellation::id);
    private final Map<Long, Named> regions = load("regions.csv", row -> new Named(parseLong(row[0]), row[1]),
            Named::id);
    private final Map<Long, Station> stations = load("stations.csv", row -> new Station(parseLong(row[0]),
            parseLong(row[1]), parseLong(row[2]), parseLong(row[3]), row[4]), Station::id);
    private final Map<Long, ItemType> types = load("types.csv", row -> new ItemType(parseLong(row[0]),
            parseLong(row[1]), row[2], optionalDouble(row[3]), optionalDouble(row[4]), optionalDouble(row[5]),
            optionalLong(row[6]), "1".equals(row[7]), optionalLong(row[8])), ItemType::id);
    private final Map<Long, Schematic> schematics = load("schematics.csv", row -> new Schematic(
            parseLong(row[0]), row[1], parseLong(row[2])), Schematic::id);
    private final Map<Long, Named> factions = load("factions.csv", row -> new Named(parseLong(row[0]), row[1]),
            Named::id);
    private final Map<Long, Named> npcCorporations = load("npc_corporations.csv",
            row -> new Named(parseLong(row[0]), row[1]), Named::id);
    private final List<long[]> gates = rows("jumps.csv").stream()
            .map(row -> new long[] {parseLong(row[0]), parseLong(row[1])}).toList();

    private Sde() {
    }

    public static Sde get() {
        return Holder.SDE;
    }

    public Map<Long, SolarSystem> systems() {
        return systems;
    }

    public Map<Long, Constellation> constellations() {
        return constellations;
    }

    public Map<Long, Named> regions() {
        return regions;
    }

    public Map<Long, Station> stations() {
        return stations;
    }

    public Map<Long, ItemType> types() {
        return types;
    }

    public Map<Long, Schematic> schematics() {
        return schematics;
    }

    public Map<Long, Named> factions() {
        return factions;
    }

    public Map<Long, Named> npcCorporations() {
        return npcCorporations;
    }

    /** Stargate connections, each once, as {@code {from, to}}; gates work both ways. */
    public List<long[]> gates() {
        return gates;
    }

    private static <T> Map<Long, T> load(String file, Function<String[], T> parse, Function<T, Long> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            T value = parse.apply(row);
            byId.put(id.apply(value), value);
        }
        return Collections.unmodifiableMap(byId);
    }

    private static List<String[]> rows(String file) {
        return Resources.text("sde/" + file).lines().skip(1).map(line -> line.split(",", -1)).toList();
    }

    private static long parseLong(String value) {
        return Long.parseLong(value);
    }

    private static Long optionalLong(String value) {
        return value.isEmpty() ? null : (long) Double.parseDouble(value);
    }

    private static Double optionalDouble(String value) {
        return value.isEmpty() ? null : Double.parseDouble(value);
    }
}
