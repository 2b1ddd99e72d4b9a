package org.eveseat.domain.contract.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.EventPublisher;

/**
 * Finds which contracts ESI lists with a status other than the stored one (new contracts come from no status) and
 * tells the owner's contracts topic, before the new list is stored. At most {@code PUSHED} changes are listed.
 */
final class ContractChanges {
    static final int PUSHED = 20;

    private final ContractRepository contracts;
    private final EventPublisher events;
    private final Clock clock;

    ContractChanges(ContractRepository contracts, EventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    /** Call with ESI's list before it is saved. */
    void announce(ContractOwner owner, List<Contract> listed) {
        List<Map<String, Object>> changes = listed.stream().map(c -> change(owner, c)).flatMap(Optional::stream)
                .toList();
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Object> payload = ContractEvents.payload(owner);
        payload.put("changed", changes.size());
        payload.put("changes", changes.subList(0, Math.min(PUSHED, changes.size())));
        events.publish(new LiveEvent("contract.status", ContractEvents.topic(owner, "contracts"), clock.instant(),
                payload));
    }

    private Optional<Map<String, Object>> change(ContractOwner owner, Contract now) {
        Optional<Contract> before = contracts.find(owner, now.contractId());
        if (before.isPresent() && before.get().status() == now.status()) {
            return Optional.empty();
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("contractId", now.contractId());
        change.put("type", now.offer().terms().type().name().toLowerCase());
        change.put("title", now.offer().terms().title());
        change.put("from", before.map(c -> c.status().name().toLowerCase()).orElse(null));
        change.put("to", now.status().name().toLowerCase());
        return Optional.of(change);
    }
}
