package org.eveseat.domain.universe.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemSummary;
import org.eveseat.domain.universe.port.in.SystemSearchQuery;
import org.eveseat.domain.universe.port.out.StaticData;

/** Scans the 8,000-odd system names in memory (well under a millisecond); an exact match comes first. */
public class SystemSearchService implements SystemSearchQuery {
    private final StaticData staticData;

    public SystemSearchService(StaticData staticData) {
        this.staticData = staticData;
    }

    @Override
    public List<SystemSummary> systemsStartingWith(String prefix, int limit) {
        Require.text(prefix, 100, "search text");
        Require.between(limit, 1, MAX_LIMIT, "limit");
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        StaticUniverse universe = staticData.universe();
        return universe.systems().stream()
                .filter(system -> system.name().toLowerCase(Locale.ROOT).startsWith(wanted))
                .sorted(Comparator.<MapSystem, Boolean>comparing(system -> !system.name().equalsIgnoreCase(wanted))
                        .thenComparing(MapSystem::name))
                .limit(limit).map(system -> SystemSummary.of(system, universe)).toList();
    }
}
