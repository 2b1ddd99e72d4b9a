package org.eveseat.adapter.esi.status;

import java.util.Comparator;
import java.util.List;

import org.eveseat.domain.status.model.ChangeType;
import org.eveseat.domain.status.model.ChangelogEntry;
import org.eveseat.domain.status.model.RouteHealth;
import org.eveseat.domain.status.model.RouteStatus;
import org.eveseat.domain.status.model.ServerStatus;

/** ESI's status and meta bodies onto the domain model. */
final class StatusMapper {
    private StatusMapper() {
    }

    static ServerStatus toDomain(ServerStatusDto dto) {
        return new ServerStatus(dto.players(), dto.serverVersion(), dto.startTime(), Boolean.TRUE.equals(dto.vip()));
    }

    static List<RouteHealth> toDomain(RouteHealthDto dto) {
        return dto.routes().stream()
                .map(route -> new RouteHealth(route.method(), route.path(), RouteStatus.fromEsi(route.status())))
                .toList();
    }

    /** A JSON object has no order to rely on: the entries are sorted newest date first, then by path. */
    static List<ChangelogEntry> toDomain(ChangelogDto dto) {
        return dto.changelog().values().stream().flatMap(List::stream)
                .map(change -> new ChangelogEntry(change.compatibilityDate(), change.method(), change.path(),
                        ChangeType.fromEsi(change.type()), change.description()))
                .sorted(Comparator.comparing(ChangelogEntry::compatibilityDate).reversed()
                        .thenComparing(ChangelogEntry::path).thenComparing(ChangelogEntry::method))
                .toList();
    }
}
