package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.EsiEnum;

/** Whether a corporation still exists. UNKNOWN stands for a state ESI added later. */
public enum CorporationState implements EsiEnum {
    ACTIVE, CLOSED, UNKNOWN;

    public static CorporationState fromEsi(String value) {
        return EsiEnum.lenient(CorporationState.class, value, UNKNOWN);
    }
}
