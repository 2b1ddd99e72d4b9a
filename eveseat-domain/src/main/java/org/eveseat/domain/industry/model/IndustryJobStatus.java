package org.eveseat.domain.industry.model;

import org.eveseat.domain.shared.EsiEnum;

/** Where an industry job stands. UNKNOWN stands for a status ESI added later. */
public enum IndustryJobStatus implements EsiEnum {
    ACTIVE, PAUSED, READY, DELIVERED, CANCELLED, REVERTED, UNKNOWN;

    public static IndustryJobStatus fromEsi(String value) {
        return EsiEnum.lenient(IndustryJobStatus.class, value, UNKNOWN);
    }
}
