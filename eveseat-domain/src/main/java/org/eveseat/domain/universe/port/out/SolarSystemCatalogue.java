package org.eveseat.domain.universe.port.out;

import java.util.Optional;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemPlace;

/** The names and regions of New Eden's solar systems, from the static data; loaded once. */
public interface SolarSystemCatalogue {
    /** The system's name and region; empty for an id the static data does not know. */
    Optional<SystemPlace> place(SolarSystemId systemId);
}
