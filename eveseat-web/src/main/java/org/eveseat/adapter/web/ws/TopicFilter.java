package org.eveseat.adapter.web.ws;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What a killmail subscriber narrows the feed to: a solar system, a region, an alliance on either side. Empty
 * fields match everything; an event lacking the field does not match a filter on it.
 */
public record TopicFilter(Long solarSystemId, Long regionId, Long allianceId) {
    public static final TopicFilter NONE = new TopicFilter(null, null, null);

    public boolean isNone() {
        return solarSystemId == null && regionId == null && allianceId == null;
    }

    public boolean matches(JsonObject payload) {
        return field(payload, "solarSystemId", solarSystemId) && field(payload, "regionId", regionId)
                && (allianceId == null || victimAlliance(payload) || attackerAlliance(payload));
    }

    private static boolean field(JsonObject payload, String name, Long wanted) {
        return wanted == null || number(payload.get(name)) == wanted;
    }

    private boolean victimAlliance(JsonObject payload) {
        JsonValue victim = payload.get("victim");
        return victim instanceof JsonObject v && number(v.get("allianceId")) == allianceId;
    }

    private boolean attackerAlliance(JsonObject payload) {
        JsonValue attackers = payload.get("attackerAllianceIds");
        return attackers instanceof JsonArray ids && ids.stream().anyMatch(id -> number(id) == allianceId);
    }

    private static long number(JsonValue value) {
        return value instanceof JsonNumber n ? n.longValue() : Long.MIN_VALUE;
    }
}
