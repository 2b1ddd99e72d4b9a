package org.eveseat.domain.market.service;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * Where own-order events go: {@code character.{id}.market} or {@code corporation.{id}.market}; a character's
 * alerts on its {@code alerts} topic, a corporation's on its market topic. Payloads start with the owner's id.
 */
final class OwnOrderEvents {
    static final String CHANGED = "market.orders";
    static final String OUTBID = "market.outbid";

    private OwnOrderEvents() {
    }

    static String topic(OrderOwner owner) {
        return owner.kind() == OrderOwner.Kind.CHARACTER ? LiveTopics.character(new CharacterId(owner.id()), "market")
                : LiveTopics.corporation(new CorporationId(owner.id()), "market");
    }

    static String alertTopic(OrderOwner owner) {
        return owner.kind() == OrderOwner.Kind.CHARACTER ? LiveTopics.character(new CharacterId(owner.id()), "alerts")
                : topic(owner);
    }

    static Map<String, Object> payload(OrderOwner owner) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(owner.kind() == OrderOwner.Kind.CHARACTER ? "characterId" : "corporationId", owner.id());
        return payload;
    }
}
