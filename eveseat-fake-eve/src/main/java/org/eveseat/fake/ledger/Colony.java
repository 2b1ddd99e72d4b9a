package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A planetary colony of a character: the summary ({@code GET /characters/{id}/planets}) and its layout
 * ({@code GET .../planets/{planet_id}}). {@code planetType}: temperate, barren, oceanic, ice, gas, lava, storm or
 * plasma.
 */
public record Colony(long planetId, long solarSystemId, String planetType, long ownerId, long upgradeLevel,
                     Instant lastUpdate, List<Pin> pins, List<Link> links, List<Route> routes) {

    public Colony {
        pins = List.copyOf(pins);
        links = List.copyOf(links);
        routes = List.copyOf(routes);
    }

    public record Pin(long pinId, long typeId, double latitude, double longitude, Long schematicId,
                      Instant installTime, Instant expiryTime, Instant lastCycleStart, List<Content> contents,
                      ExtractorDetails extractorDetails, FactoryDetails factoryDetails) {
    }

    public record Content(long typeId, long amount) {
    }

    public record ExtractorDetails(Long cycleTime, Double headRadius, List<Head> heads, Long productTypeId,
                                   Long qtyPerCycle) {
    }

    public record Head(long headId, double latitude, double longitude) {
    }

    public record FactoryDetails(long schematicId) {
    }

    public record Link(long sourcePinId, long destinationPinId, long linkLevel) {
    }

    public record Route(long routeId, long sourcePinId, long destinationPinId, long contentTypeId, double quantity,
                        List<Long> waypoints) {
    }

    /** The universe type id of a planet of this type. */
    public static long planetTypeId(String planetType) {
        return switch (planetType) {
            case "temperate" -> 11;
            case "ice" -> 12;
            case "gas" -> 13;
            case "oceanic" -> 2014;
            case "lava" -> 2015;
            case "barren" -> 2016;
            case "storm" -> 2017;
            default -> 2063;
        };
    }

    static List<Colony> samples(long characterId, Instant now) {
        long pin = 1_000_000_017_021L + Math.floorMod(characterId, 100_000L) * 100L;
        Instant installed = now.minus(Duration.ofDays(20));
        Pin extractor = new Pin(pin, 3060, 1.55087844973, 0.717145933308, null, installed,
                now.plus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)), List.of(),
                new ExtractorDetails(1800L, 0.0225, List.of(new Head(0, 1.551, 0.718)), 2268L, 1420L), null);
        Pin factory = new Pin(pin + 1, 2473, 1.53360639935, 0.709775584394, 121L, installed, null,
                now.minus(Duration.ofMinutes(20)), List.of(new Content(2268, 3000)), null, new FactoryDetails(121));
        Pin launchpad = new Pin(pin + 2, 2256, 1.54, 0.71, null, installed, null, null,
                List.of(new Content(2393, 20)), null, null);
        return List.of(
                new Colony(40_023_691L, 30_000_379L, "plasma", characterId, 4, now.minus(Duration.ofHours(6)),
                        List.of(extractor, factory, launchpad),
                        List.of(new Link(pin, pin + 1, 0), new Link(pin + 1, pin + 2, 0)),
                        List.of(new Route(4, pin, pin + 1, 2268, 1420, List.of()),
                                new Route(5, pin + 1, pin + 2, 2393, 20, List.of(pin + 1)))),
                new Colony(40_023_697L, 30_000_379L, "barren", characterId, 0, now.minus(Duration.ofDays(1)),
                        List.of(new Pin(pin + 10, 2524, 1.2, 0.4, null, installed, null, null, List.of(), null, null)),
                        List.of(), List.of()));
    }
}
