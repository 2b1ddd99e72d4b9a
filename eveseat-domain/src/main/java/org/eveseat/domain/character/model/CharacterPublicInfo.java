package org.eveseat.domain.character.model;

import java.time.Instant;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * A character's public profile. Parts ESI leaves out (alliance, faction, corporation title, biography, security
 * status) are null.
 */
public record CharacterPublicInfo(CharacterId characterId, String name, CorporationId corporationId,
                                  AllianceId allianceId, Long factionId, Instant birthday, Gender gender,
                                  long raceId, long bloodlineId, Double securityStatus, long achievementScore,
                                  String corporationTitle, String description) {
    public CharacterPublicInfo {
        Require.present(characterId, "character");
        Require.present(name, "character name");
        Require.present(corporationId, "corporation");
        Require.positiveIfPresent(factionId, "faction id");
        Require.present(birthday, "birthday");
        Require.present(gender, "gender");
        Require.positive(raceId, "race id");
        Require.positive(bloodlineId, "bloodline id");
        if (securityStatus != null) {
            Require.between(securityStatus, -10.0, 10.0, "security status");
        }
    }
}
