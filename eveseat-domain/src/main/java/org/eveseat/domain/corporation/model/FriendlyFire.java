package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.EsiEnum;

/** Whether members of a corporation may shoot each other freely. UNKNOWN stands for a value ESI added later. */
public enum FriendlyFire implements EsiEnum {
    LEGAL, ILLEGAL, UNKNOWN;

    public static FriendlyFire fromEsi(String value) {
        return EsiEnum.lenient(FriendlyFire.class, value, UNKNOWN);
    }
}
