package org.eveseat.domain.industry.model;

import org.eveseat.domain.shared.EsiEnum;

/** An industry activity a solar system has a cost index for. UNKNOWN stands for an activity ESI added later. */
public enum IndustryActivity implements EsiEnum {
    MANUFACTURING, RESEARCHING_TIME_EFFICIENCY, RESEARCHING_MATERIAL_EFFICIENCY, RESEARCHING_TECHNOLOGY, COPYING,
    DUPLICATING, REVERSE_ENGINEERING, INVENTION, REACTION, NONE, UNKNOWN;

    public static IndustryActivity fromEsi(String value) {
        return EsiEnum.lenient(IndustryActivity.class, value, UNKNOWN);
    }
}
