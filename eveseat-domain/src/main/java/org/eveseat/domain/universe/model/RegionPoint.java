package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;

/** A region placed on the schematic map at the mean 2D position of its systems, where its label goes. */
public record RegionPoint(MapRegion region, double x, double y) {
    public RegionPoint {
        Require.present(region, "region");
    }
}
