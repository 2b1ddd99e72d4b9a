package org.eveseat.domain.universe.port.in;

import org.eveseat.domain.universe.model.PlannedRoute;
import org.eveseat.domain.universe.model.RoutePlan;

/** Plans a route over the stargates and the players' connections; unknown systems are a rule violation. */
public interface PlanRouteQuery {
    PlannedRoute plan(RoutePlan plan);
}
