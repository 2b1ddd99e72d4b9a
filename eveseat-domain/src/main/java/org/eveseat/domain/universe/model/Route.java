package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/** A planned route: the systems from origin to destination, both included. */
public record Route(List<SolarSystemId> systems) {
    public Route {
        systems = Require.list(systems, 1, Integer.MAX_VALUE, "route systems");
    }

    public int jumps() {
        return systems.size() - 1;
    }
}
