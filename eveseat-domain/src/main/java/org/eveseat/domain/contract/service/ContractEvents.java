package org.eveseat.domain.contract.service;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** The owner's side of a contract event: the topic of its kind, and a payload that starts with its id. */
final class ContractEvents {
    private ContractEvents() {
    }

    static String topic(ContractOwner owner, String feature) {
        return owner.kind() == ContractOwner.Kind.CHARACTER ? LiveTopics.character(new CharacterId(owner.id()), feature)
                : LiveTopics.corporation(new CorporationId(owner.id()), feature);
    }

    static Map<String, Object> payload(ContractOwner owner) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(owner.kind() == ContractOwner.Kind.CHARACTER ? "characterId" : "corporationId", owner.id());
        return payload;
    }
}
