package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.EsiEnum;

/** The phase of an incursion. UNKNOWN stands for a phase ESI added later. */
public enum IncursionState implements EsiEnum {
    MOBILIZING, ESTABLISHED, WITHDRAWING, UNKNOWN;

    public static IncursionState fromEsi(String value) {
        return EsiEnum.lenient(IncursionState.class, value, UNKNOWN);
    }
}
