package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eveseat.domain.sync.model.ScheduledSync;

/** The schedule filtered by endpoint and by how the last run ended, and summarised per endpoint. */
final class ScheduleView {
    private ScheduleView() {
    }

    /** A blank filter matches everything. */
    static List<ScheduledSync> filter(List<ScheduledSync> syncs, String endpoint, String outcome) {
        return syncs.stream()
                .filter(s -> blank(endpoint) || s.key().endpoint().name().equals(endpoint))
                .filter(s -> blank(outcome) || outcome.equals(s.state().lastStatus()))
                .toList();
    }

    static List<EndpointSummary> summarise(List<ScheduledSync> syncs) {
        Map<String, List<ScheduledSync>> byEndpoint = syncs.stream().collect(Collectors.groupingBy(
                s -> s.key().endpoint().name(), TreeMap::new, Collectors.toList()));
        return byEndpoint.entrySet().stream().map(e -> summary(e.getKey(), e.getValue())).toList();
    }

    private static EndpointSummary summary(String endpoint, List<ScheduledSync> syncs) {
        List<ScheduledSync> failing = syncs.stream().filter(s -> s.state().consecutiveFailures() > 0).toList();
        Optional<ScheduledSync> newestError = syncs.stream().filter(s -> s.state().lastError() != null)
                .max(Comparator.comparing(s -> Objects.requireNonNullElse(s.state().lastRun(), Instant.EPOCH)));
        Instant nextDue = syncs.stream().map(ScheduledSync::nextDue).min(Comparator.naturalOrder()).orElse(null);
        return new EndpointSummary(endpoint, syncs.size(), failing.size(),
                newestError.map(s -> s.state().lastError()).orElse(null),
                newestError.map(s -> s.key().ownerId()).orElse(0L),
                newestError.map(s -> s.state().lastRun()).orElse(null), nextDue);
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }
}
