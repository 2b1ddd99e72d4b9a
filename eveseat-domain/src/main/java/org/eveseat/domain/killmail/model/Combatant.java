package org.eveseat.domain.killmail.model;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * Who took part in a kill, victim or attacker. NPCs and structures have no character, so every part may be null;
 * factions are only set for faction warfare and NPCs.
 */
public record Combatant(CharacterId characterId, CorporationId corporationId, AllianceId allianceId,
                        Long factionId) {
    public static final Combatant NOBODY = new Combatant(null, null, null, null);

    public Combatant {
        Require.positiveIfPresent(factionId, "faction id");
    }
}
