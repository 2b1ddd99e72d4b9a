package org.eveseat.fake.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Names for the pilots, corporations and alliances the fake makes up, spelt the way EVE's look (two or three
 * words of syllables) rather than a number: the screens must show names, and a made-up "Corporation 98000001"
 * reads like an id. Each id spells its own name (its digits in base 24, a syllable each), so names never repeat.
 */
public final class FakeNames {
    private static final String[] SYLLABLES = {"ka", "ri", "vo", "sen", "tal", "mor", "an", "dra", "el", "ush",
        "ko", "ven", "ar", "is", "tor", "na", "zel", "um", "hal", "ot", "ren", "ya", "gar", "ei"};
    private static final String[] CORPORATION_KINDS = {"Industries", "Holdings", "Mining Collective",
        "Logistics", "Security Services", "Syndicate", "Exploration Group", "Shipyards"};
    private static final String[] ALLIANCE_KINDS = {"Coalition", "Federation", "Compact", "Directorate"};

    private FakeNames() {
    }

    public static String pilot(long id) {
        return words(id, 2);
    }

    public static String corporation(long id) {
        return words(id / CORPORATION_KINDS.length, 2) + " " + CORPORATION_KINDS[(int) (id % CORPORATION_KINDS.length)];
    }

    public static String alliance(long id) {
        return "The " + words(id / ALLIANCE_KINDS.length, 2) + " " + ALLIANCE_KINDS[(int) (id % ALLIANCE_KINDS.length)];
    }

    /** The id's digits in base 24 as syllables (least significant first), cut into {@code count} words. */
    private static String words(long id, int count) {
        List<String> syllables = new ArrayList<>();
        long rest = Math.abs(id);
        do {
            syllables.add(SYLLABLES[(int) (rest % SYLLABLES.length)]);
            rest /= SYLLABLES.length;
        } while (rest > 0 || syllables.size() < count);
        int perWord = (syllables.size() + count - 1) / count;
        StringJoiner name = new StringJoiner(" ");
        for (int from = 0; from < syllables.size(); from += perWord) {
            String word = String.join("", syllables.subList(from, Math.min(from + perWord, syllables.size())));
            name.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
