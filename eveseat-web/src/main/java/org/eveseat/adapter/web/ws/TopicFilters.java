package org.eveseat.adapter.web.ws;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.domain.event.model.LiveTopics;

/** Reads a subscription's filter: only the killmail feed takes one, with positive whole-number ids. */
final class TopicFilters {
    static final String RULE = "filter is only for killmails: {solarSystemId, regionId, allianceId} as positive ids";
    private static final List<String> FIELDS = List.of("solarSystemId", "regionId", "allianceId");

    private TopicFilters() {
    }

    static Optional<TopicFilter> parse(String topic, JsonValue filter) {
        if (filter == null || filter == JsonValue.NULL) {
            return Optional.of(TopicFilter.NONE);
        }
        if (!LiveTopics.KILLMAILS.equals(topic) || !(filter instanceof JsonObject object)
                || !FIELDS.containsAll(object.keySet())) {
            return Optional.empty();
        }
        Long[] ids = new Long[FIELDS.size()];
        for (int i = 0; i < ids.length; i++) {
            JsonValue value = object.get(FIELDS.get(i));
            if (value == null || value == JsonValue.NULL) {
                continue;
            }
            if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
                return Optional.empty();
            }
            ids[i] = n.longValue();
        }
        return Optional.of(new TopicFilter(ids[0], ids[1], ids[2]));
    }
}
