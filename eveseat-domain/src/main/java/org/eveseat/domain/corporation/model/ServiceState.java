package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.EsiEnum;

/** Whether a structure service module runs. UNKNOWN stands for a state ESI added later. */
public enum ServiceState implements EsiEnum {
    ONLINE, OFFLINE, CLEANUP, UNKNOWN;

    public static ServiceState fromEsi(String value) {
        return EsiEnum.lenient(ServiceState.class, value, UNKNOWN);
    }
}
