package org.eveseat.domain.planetary.model;

import java.time.Duration;

import org.eveseat.domain.shared.Require;

/** A planetary factory schematic: what it is called and how long one production cycle takes. */
public record Schematic(long schematicId, String name, Duration cycleTime) {
    public Schematic {
        Require.positive(schematicId, "schematic id");
        Require.present(name, "schematic name");
        Require.present(cycleTime, "cycle time");
    }
}
