package org.eveseat.domain.status.model;

import org.eveseat.domain.shared.EsiEnum;

/** What kind of change a changelog entry is. A kind ESI added later reads as UNKNOWN. */
public enum ChangeType implements EsiEnum {
    BREAKING, CHANGED, NEW, REMOVED, UNKNOWN;

    public static ChangeType fromEsi(String value) {
        return EsiEnum.lenient(ChangeType.class, value, UNKNOWN);
    }
}
