package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * Which corporation, alliance and faction a character belongs to now. Cheap to ask for a thousand characters at
 * once, it is how corporation changes of linked characters are noticed. No alliance or faction: null.
 */
public record Affiliation(CharacterId characterId, CorporationId corporationId, AllianceId allianceId,
                          Long factionId) {
    public Affiliation {
        Require.present(characterId, "character");
        Require.present(corporationId, "corporation");
        Require.positiveIfPresent(factionId, "faction id");
    }
}
