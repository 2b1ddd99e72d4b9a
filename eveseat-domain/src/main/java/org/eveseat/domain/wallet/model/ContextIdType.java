package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.EsiEnum;

/** What a journal entry's context id refers to. UNKNOWN stands for a kind ESI added later. */
public enum ContextIdType implements EsiEnum {
    STRUCTURE_ID, STATION_ID, MARKET_TRANSACTION_ID, CHARACTER_ID, CORPORATION_ID, ALLIANCE_ID, EVE_SYSTEM,
    INDUSTRY_JOB_ID, CONTRACT_ID, PLANET_ID, SYSTEM_ID, TYPE_ID, UNKNOWN;

    public static ContextIdType fromEsi(String value) {
        return EsiEnum.lenient(ContextIdType.class, value, UNKNOWN);
    }
}
