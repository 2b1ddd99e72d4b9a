package org.eveseat.domain.universe.port.in;

import org.eveseat.domain.universe.model.LocationRoute;

/**
 * The systems of two locations and the fewest stargate jumps between them (shortest route, ignoring security).
 * Either location may be null or unknown; the route then says so with nulls rather than failing.
 */
public interface LocationRouteQuery {
    LocationRoute route(Long startLocationId, Long endLocationId);
}
