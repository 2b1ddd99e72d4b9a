package org.eveseat.domain.planetary.model;

import org.eveseat.domain.shared.EsiEnum;

/** The lowest standing a customs office still serves. UNKNOWN stands for a level ESI added later. */
public enum StandingLevel implements EsiEnum {
    TERRIBLE, BAD, NEUTRAL, GOOD, EXCELLENT, UNKNOWN;

    public static StandingLevel fromEsi(String value) {
        return EsiEnum.lenient(StandingLevel.class, value, UNKNOWN);
    }
}
