package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a character is, what they fly, whether they are logged in and their skills: the answers of ESI's location,
 * ship, online and skills routes, in their shapes (snake_case through {@link org.eveseat.fake.Json}).
 */
public record PilotState(Location location, Ship ship, Online online, Skills skills) {

    public record Location(long solarSystemId, Long stationId, Long structureId) {
    }

    public record Ship(long shipItemId, String shipName, long shipTypeId) {
    }

    public record Online(Instant lastLogin, Instant lastLogout, Integer logins, boolean online) {
    }

    public record Skills(List<Skill> skills, long totalSp, Long unallocatedSp) {
    }

    public record Skill(int activeSkillLevel, long skillId, long skillpointsInSkill, int trainedSkillLevel) {
    }

    private static final long PERIMETER = 30000144L;
    private static final long TRADING_TOWER = 1_035_466_617_946L;
    /** Rifter, Merlin, Drake, Tengu. */
    private static final List<Long> SHIPS = List.of(587L, 603L, 24698L, 29984L);
    private static final List<String> SHIP_NAMES = List.of("Scout", "Jita Runner", "Ore Hauler", "Night Watch");
    /** Gunnery, Small Hybrid Turret, Spaceship Command, Science, Mining, Navigation. */
    private static final List<Long> SKILL_IDS = List.of(3300L, 3301L, 3327L, 3402L, 3386L, 3449L);
    /** Skill points at levels 1 to 5 of a rank 1 skill. */
    private static final long[] LEVEL_SP = {250, 1415, 8000, 45255, 256000};

    /** A pilot docked in Jita 4-4, in a structure in Perimeter or in space, in one of a few ships. */
    public static PilotState generate(long characterId, Instant now) {
        Samples samples = Samples.of(characterId, "pilot");
        Location location = switch (samples.between(0, 2)) {
            case 0 -> new Location(Samples.JITA, Samples.JITA_4_4, null);
            case 1 -> new Location(PERIMETER, null, TRADING_TOWER);
            default -> new Location(samples.pick(List.of(Samples.JITA, Samples.AMARR)), null, null);
        };
        int ship = samples.between(0, SHIPS.size() - 1);
        Instant lastLogin = samples.before(now.minus(Duration.ofMinutes(5)), Duration.ofDays(2));
        boolean online = samples.chance(0.5);
        Instant lastLogout = online ? samples.before(lastLogin, Duration.ofDays(1))
                : lastLogin.plus(Duration.ofMinutes(samples.between(10, 240)));
        return new PilotState(location,
                new Ship(1_000_000_000_000L + samples.between(1, 999_999), SHIP_NAMES.get(ship), SHIPS.get(ship)),
                new Online(lastLogin, lastLogout, samples.between(100, 3000), online), skills(samples));
    }

    private static Skills skills(Samples samples) {
        List<Skill> skills = new ArrayList<>();
        long total = 0;
        for (long skillId : SKILL_IDS) {
            int level = samples.between(1, 5);
            int active = samples.chance(0.1) ? level - 1 : level;
            skills.add(new Skill(active, skillId, LEVEL_SP[level - 1], level));
            total += LEVEL_SP[level - 1];
        }
        long unallocated = samples.chance(0.3) ? samples.between(1, 500) * 1000L : 0;
        return new Skills(skills, total, unallocated == 0 ? null : unallocated);
    }
}
