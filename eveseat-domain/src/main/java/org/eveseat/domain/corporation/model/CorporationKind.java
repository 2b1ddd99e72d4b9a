package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.EsiEnum;

/** Who runs a corporation: players or the game (ESI's {@code type}). UNKNOWN stands for a kind added later. */
public enum CorporationKind implements EsiEnum {
    PLAYER_OWNED, NPC_OWNED, UNKNOWN;

    public static CorporationKind fromEsi(String value) {
        return EsiEnum.lenient(CorporationKind.class, value, UNKNOWN);
    }
}
