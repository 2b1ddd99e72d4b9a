package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/** A planetary production schematic: inputs and outputs per cycle, and the pin types (factories) that run it. */
public record PlanetSchematic(long id, String name, long cycleSeconds, List<TypeQuantity> inputs,
                              List<TypeQuantity> outputs, List<TypeId> pinTypes) {
    public PlanetSchematic {
        Require.positive(id, "schematic id");
        Require.present(name, "schematic name");
        inputs = Require.list(inputs, "inputs");
        outputs = Require.list(outputs, "outputs");
        pinTypes = Require.list(pinTypes, "pin types");
    }
}
