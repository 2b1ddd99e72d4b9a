package org.eveseat.adapter.esi.character;

import org.eveseat.adapter.esi.common.dto.PostCharactersAffiliation;
import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.model.Gender;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** ESI's public character bodies onto the domain model. */
final class CharacterMapper {
    private CharacterMapper() {
    }

    /** The body does not repeat the id, so the caller passes the one it asked for. */
    static CharacterPublicInfo toDomain(CharacterId characterId, CharacterDto dto) {
        return new CharacterPublicInfo(characterId, dto.name(), new CorporationId(dto.corporationId()),
                alliance(dto.allianceId()), dto.factionId(), dto.birthday(), Gender.fromEsi(dto.gender()),
                dto.raceId(), dto.bloodlineId(),
                dto.securityStatus() == null ? null : dto.securityStatus().doubleValue(), dto.achievementScore(),
                dto.corporationTitle(), null);
    }

    static Affiliation toDomain(PostCharactersAffiliation dto) {
        return new Affiliation(new CharacterId(dto.characterId()), new CorporationId(dto.corporationId()),
                alliance(dto.allianceId()), dto.factionId());
    }

    private static AllianceId alliance(Long allianceId) {
        return allianceId == null ? null : new AllianceId(allianceId);
    }
}
