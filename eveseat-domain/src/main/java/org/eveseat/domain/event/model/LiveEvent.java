package org.eveseat.domain.event.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.Require;

/**
 * Something that happened which connected clients may want to see at once: a new mail, wallet entries, a contract
 * status change, a killmail, job progress. The payload holds plain values (strings, numbers, booleans, lists and
 * maps of those) so any adapter can serialise it; the id is given by the publisher, which orders events.
 * An event of a topic everyone may join, but about data not everyone may read (a killmail), names its audience:
 * the accounts that may read it by the API's rule, worked out once when it is raised (admins always may). A null
 * audience means whoever may join the topic.
 */
public record LiveEvent(String type, String topic, Instant occurredAt, Map<String, Object> payload,
                        Set<AccountId> audience) {
    public LiveEvent {
        Require.text(type, 100, "event type");
        Require.text(topic, 200, "event topic");
        Require.present(occurredAt, "event time");
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
        audience = audience == null ? null : Set.copyOf(audience);
    }

    /** An event for whoever may join its topic. */
    public LiveEvent(String type, String topic, Instant occurredAt, Map<String, Object> payload) {
        this(type, topic, occurredAt, payload, null);
    }
}
