package org.eveseat.domain.status.model;

import org.eveseat.domain.shared.EsiEnum;

/** How healthy ESI says one of its routes is. A status ESI added later reads as UNKNOWN. */
public enum RouteStatus implements EsiEnum {
    OK("OK"), DEGRADED("Degraded"), DOWN("Down"), RECOVERING("Recovering"), UNKNOWN("Unknown");

    private final String esiValue;

    RouteStatus(String esiValue) {
        this.esiValue = esiValue;
    }

    @Override
    public String esiValue() {
        return esiValue;
    }

    public static RouteStatus fromEsi(String value) {
        return EsiEnum.lenient(RouteStatus.class, value, UNKNOWN);
    }
}
