package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.SolarSystemId;

/**
 * The way between two locations (stations or structures), as far as the static universe data tells it: the
 * solar system of each end (null for a structure, whose system the static data does not know) and the number of
 * stargate jumps between them (null when an end is unknown or no stargate route joins them).
 */
public record LocationRoute(SolarSystemId startSystem, SolarSystemId endSystem, Integer jumps) {
    public static final LocationRoute UNKNOWN = new LocationRoute(null, null, null);
}
