package org.eveseat.fake.ledger;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A contact of a character, corporation or alliance. {@code contactType}: character, corporation, alliance or
 * faction. Corporations answer without {@code is_blocked}, alliances without {@code is_blocked}/{@code is_watched}.
 */
public record Contact(long contactId, String contactType, double standing, Boolean isBlocked, Boolean isWatched,
                      List<Long> labelIds) {

    public Contact {
        labelIds = labelIds == null ? null : List.copyOf(labelIds);
    }

    /** The contact type ESI derives from an id, by the documented id ranges. */
    public static String typeOf(long id) {
        if (id >= 500_000 && id < 1_000_000) {
            return "faction";
        }
        if (id >= 1_000_000 && id < 2_000_000 || id >= 98_000_000 && id < 99_000_000) {
            return "corporation";
        }
        if (id >= 99_000_000 && id < 100_000_000) {
            return "alliance";
        }
        return "character";
    }

    static List<Contact> samples(long ownerId, int count) {
        Samples samples = Samples.of(ownerId, "contacts");
        List<Long> ids = List.of(90000001L, 90000002L, 90000003L, 95465499L, 98000002L, 99000002L, 500001L,
                1000035L, 2112625428L, 98000003L);
        return IntStream.range(0, count).mapToObj(i -> {
            long id = i < ids.size() ? ids.get(i) : 91_000_000L + i;
            double standing = samples.pick(List.of(-10.0, -5.0, 0.0, 5.0, 10.0));
            return new Contact(id, typeOf(id), standing, standing <= -10, samples.chance(0.3),
                    i % 3 == 0 ? List.of(1L) : null);
        }).toList();
    }

    public Contact newer() {
        return new Contact(contactId + 1, typeOf(contactId + 1), 5.0, false, false, null);
    }
}
