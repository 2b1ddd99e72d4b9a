package org.eveseat.domain.universe.model;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A route to plan: from one system to another through waypoints ({@code via}, visited in the given order, or in
 * the order with the lowest cost when {@code bestOrder}), avoiding systems and whole regions. The ends and the
 * waypoints themselves are never avoided: the pilot asked to go there.
 */
public record RoutePlan(SolarSystemId from, SolarSystemId to, List<SolarSystemId> via, boolean bestOrder,
                        Set<SolarSystemId> avoidSystems, Set<RegionId> avoidRegions, RouteFlag flag) {
    public static final int MAX_WAYPOINTS = 50;
    public static final int MAX_BEST_ORDER_WAYPOINTS = 10;
    public static final int MAX_AVOIDED = 1000;

    public RoutePlan {
        Require.present(from, "from");
        Require.present(to, "to");
        via = Require.list(via, 0, MAX_WAYPOINTS, "waypoints");
        if (bestOrder && via.size() > MAX_BEST_ORDER_WAYPOINTS) {
            throw new RuleViolationException("the best order is found for up to " + MAX_BEST_ORDER_WAYPOINTS
                    + " waypoints, not " + via.size());
        }
        avoidSystems = Require.set(avoidSystems, 0, MAX_AVOIDED, "avoided systems");
        avoidRegions = Require.set(avoidRegions, 0, MAX_AVOIDED, "avoided regions");
        flag = flag == null ? RouteFlag.SHORTEST : flag;
    }

    public static RoutePlan between(SolarSystemId from, SolarSystemId to, RouteFlag flag) {
        return new RoutePlan(from, to, List.of(), false, Set.of(), Set.of(), flag);
    }
}
