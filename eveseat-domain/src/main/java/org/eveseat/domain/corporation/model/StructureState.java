package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.EsiEnum;

/** The state of an Upwell structure. ESI itself reports {@code unknown}; it stands for states added later too. */
public enum StructureState implements EsiEnum {
    ANCHOR_VULNERABLE, ANCHORING, ARMOR_REINFORCE, ARMOR_VULNERABLE, DEPLOY_VULNERABLE, FITTING_INVULNERABLE,
    HULL_REINFORCE, HULL_VULNERABLE, ONLINE_DEPRECATED, ONLINING_VULNERABLE, SHIELD_VULNERABLE, UNANCHORED, UNKNOWN;

    public static StructureState fromEsi(String value) {
        return EsiEnum.lenient(StructureState.class, value, UNKNOWN);
    }
}
