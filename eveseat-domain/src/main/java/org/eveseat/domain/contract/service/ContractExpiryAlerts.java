package org.eveseat.domain.contract.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractFilter;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractSort;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;

/**
 * Tells the owner, once per contract, of its stored outstanding contracts that expire within a day: a character
 * on its alerts topic, a corporation on its contracts topic. It reads the stored contracts, so a contract enters
 * the window on the first sync after it does, even when ESI had nothing new.
 */
final class ContractExpiryAlerts {
    static final Duration WINDOW = Duration.ofHours(24);
    private static final ContractSearch EXPIRING = new ContractSearch(new ContractFilter(null,
            ContractStatus.OUTSTANDING, null, null, null, PriceRange.ANY, WINDOW),
            new ContractSort(ContractSort.Field.EXPIRES, false), null, ContractSearch.MAX_LIMIT);

    private final ContractRepository contracts;
    private final AlertLog alerts;
    private final EventPublisher events;
    private final Clock clock;

    ContractExpiryAlerts(ContractRepository contracts, AlertLog alerts, EventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    void check(ContractOwner owner) {
        Instant now = clock.instant();
        List<Contract> inWindow = contracts.list(owner, EXPIRING, now).contracts();
        if (inWindow.isEmpty()) {
            return;
        }
        Set<String> fresh = alerts.firstTimes(inWindow.stream().map(c -> key(owner, c)).toList(), now);
        List<Map<String, Object>> expiring = inWindow.stream().filter(c -> fresh.contains(key(owner, c)))
                .map(ContractExpiryAlerts::entry).toList();
        if (expiring.isEmpty()) {
            return;
        }
        Map<String, Object> payload = ContractEvents.payload(owner);
        payload.put("contracts", expiring);
        String feature = owner.kind() == ContractOwner.Kind.CHARACTER ? "alerts" : "contracts";
        events.publish(new LiveEvent("contract.expiring", ContractEvents.topic(owner, feature), now, payload));
    }

    private static String key(ContractOwner owner, Contract contract) {
        return "contract.expiring:" + owner.kind().name().toLowerCase() + ":" + owner.id() + ":"
                + contract.contractId();
    }

    private static Map<String, Object> entry(Contract contract) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("contractId", contract.contractId());
        entry.put("type", contract.offer().terms().type().name().toLowerCase());
        entry.put("title", contract.offer().terms().title());
        entry.put("issuerId", contract.offer().issuerId().value());
        entry.put("assigneeId", contract.assigneeId());
        entry.put("dateExpired", contract.offer().dateExpired().toString());
        return entry;
    }
}
