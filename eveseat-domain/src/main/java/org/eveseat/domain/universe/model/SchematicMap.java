package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * What a map page draws, from one version of the static data: regions with a label position, the systems with
 * their 2D position, and the stargate links between the systems listed.
 */
public record SchematicMap(String version, List<RegionPoint> regions, List<MapSystem> systems,
                           List<SystemLink> jumps) {
    public SchematicMap {
        Require.present(version, "version");
        regions = Require.list(regions, "regions");
        systems = Require.list(systems, "systems");
        jumps = Require.list(jumps, "jumps");
    }
}
