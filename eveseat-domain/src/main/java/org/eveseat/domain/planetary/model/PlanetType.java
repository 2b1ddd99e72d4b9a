package org.eveseat.domain.planetary.model;

import org.eveseat.domain.shared.EsiEnum;

/** The kind of planet a colony is on. UNKNOWN stands for a kind ESI added later. */
public enum PlanetType implements EsiEnum {
    TEMPERATE, BARREN, OCEANIC, ICE, GAS, LAVA, STORM, PLASMA, UNKNOWN;

    public static PlanetType fromEsi(String value) {
        return EsiEnum.lenient(PlanetType.class, value, UNKNOWN);
    }
}
