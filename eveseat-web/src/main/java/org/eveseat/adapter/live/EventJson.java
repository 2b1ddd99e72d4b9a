package org.eveseat.adapter.live;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.eveseat.domain.event.model.LiveEvent;

/** Writes a domain event as the envelope body (without its id): type, topic, timestamp and the plain payload. */
public final class EventJson {
    private EventJson() {
    }

    public static String body(LiveEvent event) {
        return JSON.createObjectBuilder().add("type", event.type()).add("topic", event.topic())
                .add("timestamp", event.occurredAt().toString()).add("payload", object(event.payload()))
                .build().toString();
    }

    private static JsonObjectBuilder object(Map<?, ?> map) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        map.forEach((key, value) -> builder.add(String.valueOf(key), value(value)));
        return builder;
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            return object(map).build();
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return JSON.createValue(value.toString());
        }
        return JSON.createValue(String.valueOf(value));
    }
}
