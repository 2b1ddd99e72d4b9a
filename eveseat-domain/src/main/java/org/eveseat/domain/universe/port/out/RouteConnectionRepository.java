package org.eveseat.domain.universe.port.out;

import java.util.List;

import org.eveseat.domain.universe.model.SystemLink;

/** The connections players added to the map (jump bridges), which the route planner uses beside the stargates. */
public interface RouteConnectionRepository {
    List<SystemLink> all();

    /** Stores the link; false if it was already there. */
    boolean add(SystemLink link);

    /** Removes the link; false if there was none. */
    boolean remove(SystemLink link);
}
