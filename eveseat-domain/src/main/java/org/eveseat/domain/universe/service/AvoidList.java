package org.eveseat.domain.universe.service;

import java.util.Set;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;

/** The systems a route must not pass: those named, and every system of the regions named. */
record AvoidList(Set<SolarSystemId> systems, Set<RegionId> regions) {
    boolean[] blocked(StarGraph graph) {
        boolean[] blocked = new boolean[graph.size()];
        for (SolarSystemId system : systems) {
            int index = graph.index(system);
            if (index >= 0) {
                blocked[index] = true;
            }
        }
        if (!regions.isEmpty()) {
            for (int i = 0; i < graph.size(); i++) {
                for (RegionId region : regions) {
                    blocked[i] |= graph.inRegion(i, region);
                }
            }
        }
        return blocked;
    }
}
