package org.eveseat.fake.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids from 100,000,000 to 2,099,999,999 belong to characters, corporations and alliances made before 2010 (ESI's id
 * ranges), so the range alone does not say which: the fake names those that take part in the killmail it serves,
 * with the category of the field they appear in.
 */
public final class LegacyIds {
    public static final long FIRST = 100_000_000L;
    public static final long END = 2_100_000_000L;
    private static final Map<Long, String> CATEGORIES = fromKillmail();

    private LegacyIds() {}

    /** "character", "corporation" or "alliance"; null for an id the served killmail does not name. */
    public static String category(long id) {
        return CATEGORIES.get(id);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> fromKillmail() {
        Map<String, Object> killmail = (Map<String, Object>) Resources.json("killmail_88486806.json");
        Map<Long, String> categories = new HashMap<>();
        add(categories, (Map<String, Object>) killmail.get("victim"));
        for (Object attacker : (List<Object>) killmail.get("attackers")) {
            add(categories, (Map<String, Object>) attacker);
        }
        return Map.copyOf(categories);
    }

    private static void add(Map<Long, String> categories, Map<String, Object> party) {
        for (String category : List.of("character", "corporation", "alliance")) {
            if (party.get(category + "_id") instanceof Number id && id.longValue() >= FIRST && id.longValue() < END) {
                categories.put(id.longValue(), category);
            }
        }
    }
}
