package org.eveseat.adapter.html.mail;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening tag for a link the sanitizer let through (http, https, showinfo, killReport). {@code showinfo:
 * TYPE//ID} names the kind of thing by its type (a character's race type, 2 a corporation, 16159 an alliance, 5 a
 * solar system, ...) and links to EVESeat's info page of that thing; {@code showinfo:TYPE} alone is an item type.
 * {@code killReport:ID:HASH} leads to the kill on zKillboard. Links leaving EVESeat open in a new tab without
 * opener or referrer, and their title says where they lead.
 */
final class EveLinks {
    private static final Pattern SHOWINFO = Pattern.compile("(?i)showinfo:(\\d{1,10})(?://(\\d{1,19}))?");
    private static final Pattern KILL_REPORT = Pattern.compile("(?i)killreport:(\\d{1,19})(?::[0-9a-f]*)?");
    private static final Pattern HOST = Pattern.compile("(?i)https?://([a-z0-9.-]{1,253})");
    private static final Map<Long, String> KINDS = Map.of(2L, "corporation", 16159L, "alliance", 5L, "system",
            3L, "region", 4L, "constellation");
    /** The type ids of characters (one per bloodline) in the static data. */
    private static final long FIRST_CHARACTER_TYPE = 1373;
    private static final long LAST_CHARACTER_TYPE = 1386;

    private EveLinks() {
    }

    static String anchor(String href) {
        Matcher showinfo = SHOWINFO.matcher(href);
        if (showinfo.matches()) {
            return "<a href=\"" + info(Long.parseLong(showinfo.group(1)), showinfo.group(2)) + "\">";
        }
        Matcher kill = KILL_REPORT.matcher(href);
        if (kill.matches()) {
            return external("https://zkillboard.com/kill/" + kill.group(1) + "/");
        }
        return external(href);
    }

    private static String info(long type, String id) {
        if (id == null) {
            return "/info/type/" + type;
        }
        if (type >= FIRST_CHARACTER_TYPE && type <= LAST_CHARACTER_TYPE) {
            return "/info/character/" + id;
        }
        return "/info/" + KINDS.getOrDefault(type, "item") + "/" + id;
    }

    /** The href is the sanitizer's output: already escaped for an attribute. */
    private static String external(String href) {
        return "<a href=\"" + href + "\" target=\"_blank\" rel=\"noopener noreferrer\" title=\"Opens "
                + host(href) + " in a new tab\">";
    }

    private static String host(String href) {
        Matcher host = HOST.matcher(href);
        return host.lookingAt() ? host.group(1).toLowerCase(Locale.ROOT) : "another site";
    }
}
