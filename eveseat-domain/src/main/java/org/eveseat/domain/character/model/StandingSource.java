package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.EsiEnum;

/** Who a character's NPC standing is with: an agent, an NPC corporation or a faction. */
public enum StandingSource implements EsiEnum {
    AGENT("agent"), NPC_CORP("npc_corp"), FACTION("faction"), UNKNOWN("");

    private final String esiValue;

    StandingSource(String esiValue) {
        this.esiValue = esiValue;
    }

    @Override
    public String esiValue() {
        return esiValue;
    }

    public static StandingSource fromEsi(String value) {
        return EsiEnum.lenient(StandingSource.class, value, UNKNOWN);
    }
}
