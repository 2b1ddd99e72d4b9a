package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** Deterministic sample values, so that every owner gets the same realistic defaults on every run. */
public final class Samples {

    public static final long JITA = 30000142L;
    public static final long AMARR = 30002187L;
    public static final long THE_FORGE = 10000002L;
    public static final long JITA_4_4 = 60003760L;
    public static final long CALDARI_NAVY = 1000035L;
    public static final long CONCORD = 1000125L;
    /** The player corporation and alliance every character is in until a test says otherwise. */
    public static final long DEFAULT_CORPORATION = 98000001L;
    public static final long DEFAULT_ALLIANCE = 99000001L;
    /** Other pilots that defaults mention (mail senders, contacts, bidders). */
    public static final List<Long> OTHER_PILOTS = List.of(90000001L, 90000002L, 90000003L, 95465499L);
    /** Tritanium, Pyerite, Mexallon, Rifter, Merlin, Drake, Tengu. */
    public static final List<Long> TYPES = List.of(34L, 35L, 36L, 587L, 603L, 24698L, 29984L);

    private final Random random;

    private Samples(long seed) {
        this.random = new Random(seed);
    }

    /** A generator seeded by an owner id and what it generates, e.g. {@code of(characterId, "journal")}. */
    public static Samples of(long ownerId, String what) {
        return new Samples(ownerId * 31 + what.hashCode());
    }

    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A money amount with two decimals. */
    public double isk(double from, double to) {
        return Math.round((from + random.nextDouble() * (to - from)) * 100) / 100.0;
    }

    /** A ratio with four decimals, such as a cost index or tax rate. */
    public double fraction(double from, double to) {
        return Math.round((from + random.nextDouble() * (to - from)) * 10_000) / 10_000.0;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A time before {@code newest}, at most {@code span} earlier, whole seconds. */
    public Instant before(Instant newest, Duration span) {
        return newest.minusSeconds((long) (random.nextDouble() * span.toSeconds())).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A hex string such as a killmail hash. */
    public String hex(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
