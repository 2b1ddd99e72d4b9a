package org.eveseat.domain.intel.port.in;

import java.util.List;

import org.eveseat.domain.intel.model.Incursion;

/** The stored running incursions, for the map (public data). */
public interface IncursionsQuery {
    List<Incursion> incursions();
}
