package org.eveseat.domain.universe.port.in;

import java.util.List;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;

/** Admins keep the connections (jump bridges) the route planner uses beside the stargates. */
public interface RouteConnectionsUseCase {
    /** Each connection with both of its systems. */
    List<List<SystemSummary>> connections();

    /** Adds a two-way connection between known systems; false if it existed. */
    boolean connect(SolarSystemId one, SolarSystemId other);

    /** Removes it; false if there was none. */
    boolean disconnect(SystemLink link);
}
