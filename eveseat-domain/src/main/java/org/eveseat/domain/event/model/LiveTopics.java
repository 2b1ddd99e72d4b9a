package org.eveseat.domain.event.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * The names of the topics clients subscribe to: {@code character.{id}.{feature}}, {@code corporation.{id}.{feature}}
 * and the global {@code killmails}, {@code announcements}, {@code market} (a region's new order book snapshot:
 * public data), {@code jobs} and {@code alerts} (the last two for admins).
 */
public final class LiveTopics {
    public static final String KILLMAILS = "killmails";
    public static final String JOBS = "jobs";
    public static final String ALERTS = "alerts";
    public static final String ANNOUNCEMENTS = "announcements";
    public static final String MARKET = "market";
    /**
     * Not for clients (no one may join it): logouts and admin roles taken away, carried to the socket side of
     * every node, which closes the session's sockets or narrows the account's.
     */
    public static final String SESSIONS = "sessions";
    public static final String SESSION_ENDED = "session.ended";
    public static final String ADMIN_REVOKED = "account.admin-revoked";

    private LiveTopics() {
    }

    public static String character(CharacterId characterId, String feature) {
        return "character." + characterId.value() + "." + feature;
    }

    public static String corporation(CorporationId corporationId, String feature) {
        return "corporation." + corporationId.value() + "." + feature;
    }
}
