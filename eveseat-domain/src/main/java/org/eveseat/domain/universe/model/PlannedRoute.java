package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** A planned route: the systems from origin to destination, both included, each listed once per visit. */
public record PlannedRoute(RouteFlag flag, List<SystemSummary> systems) {
    public PlannedRoute {
        Require.present(flag, "flag");
        systems = Require.list(systems, 1, Integer.MAX_VALUE, "route systems");
    }

    public int jumps() {
        return systems.size() - 1;
    }
}
