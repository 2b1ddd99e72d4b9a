package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.EsiEnum;

/** What a route should favour: fewest jumps, high-sec, or low- and null-sec. */
public enum RoutePreference implements EsiEnum {
    SHORTER("Shorter"), SAFER("Safer"), LESS_SECURE("LessSecure");

    private final String esiValue;

    RoutePreference(String esiValue) {
        this.esiValue = esiValue;
    }

    @Override
    public String esiValue() {
        return esiValue;
    }

    public static RoutePreference fromEsi(String value) {
        return EsiEnum.strict(RoutePreference.class, value);
    }
}
