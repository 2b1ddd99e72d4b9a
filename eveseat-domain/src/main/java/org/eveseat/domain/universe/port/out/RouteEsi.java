package org.eveseat.domain.universe.port.out;

import org.eveseat.domain.universe.model.Route;
import org.eveseat.domain.universe.model.RouteRequest;

/** Route planning on ESI. ESI does not cache routes, so the result is plain rather than an {@code EsiResult}. */
public interface RouteEsi {
    Route route(RouteRequest request);
}
