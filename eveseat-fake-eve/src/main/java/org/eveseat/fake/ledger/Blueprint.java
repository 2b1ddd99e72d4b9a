package org.eveseat.fake.ledger;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A blueprint of a character or corporation. {@code quantity} -1 is an original, -2 a copy (then {@code runs}
 * is what is left; -1 for originals). {@code locationFlag} as in the spec, e.g. Hangar or CorpSAG1.
 */
public record Blueprint(long itemId, long typeId, long locationId, String locationFlag, long quantity,
                        long materialEfficiency, long timeEfficiency, long runs) {

    public static List<Blueprint> generate(long ownerId, String locationFlag, int count) {
        long firstId = 1_000_000_010_495L + Math.floorMod(ownerId, 100_000L) * 10_000L;
        List<Long> types = List.of(691L, 2047L, 688L, 689L);
        return IntStream.range(0, count).mapToObj(i -> {
            boolean copy = i % 2 == 1;
            return new Blueprint(firstId + count - i, types.get(i % types.size()), Samples.JITA_4_4, locationFlag,
                    copy ? -2 : -1, i % 11, (i * 2) % 21, copy ? 10 : -1);
        }).toList();
    }

    public Blueprint newer() {
        return new Blueprint(itemId + 1, typeId, locationId, locationFlag, -1, 0, 0, -1);
    }
}
