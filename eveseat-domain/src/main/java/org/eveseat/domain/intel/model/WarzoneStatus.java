package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.EsiEnum;

/** How a factional-warfare system stands: its occupier may lose it once vulnerable. UNKNOWN: a value ESI added later. */
public enum WarzoneStatus implements EsiEnum {
    CAPTURED, CONTESTED, UNCONTESTED, VULNERABLE, UNKNOWN;

    public static WarzoneStatus fromEsi(String value) {
        return EsiEnum.lenient(WarzoneStatus.class, value, UNKNOWN);
    }
}
