package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.EsiEnum;

/** What a sovereignty campaign is fought over. UNKNOWN stands for a kind ESI added later. */
public enum CampaignEventType implements EsiEnum {
    TCU_DEFENSE, IHUB_DEFENSE, STATION_DEFENSE, STATION_FREEPORT, UNKNOWN;

    public static CampaignEventType fromEsi(String value) {
        return EsiEnum.lenient(CampaignEventType.class, value, UNKNOWN);
    }
}
