package org.eveseat.adapter.esi.character;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.esi.common.dto.PostCharactersAffiliation;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.model.Gender;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.junit.jupiter.api.Test;

/** Public character bodies in the shape of the 2026-08-04 spec onto the domain. */
class CharacterMappingTest {
    private static final CharacterId BARTENDER = new CharacterId(95465499L);

    @Test
    void aProfileMapsWithItsOptionalParts() {
        CharacterPublicInfo info = EsiJson.one(CharacterDto.class, dto -> CharacterMapper.toDomain(BARTENDER, dto))
                .apply("""
                        {"achievement_score": 1520, "alliance_id": 434243723, "birthday": "2015-03-24T11:37:00Z",
                         "bloodline_id": 3, "character_title_id": "6f1c6b4e-0c1b-4a7e-9d4c-5d2a0f6e8b11",
                         "corporation_id": 109299958, "corporation_title": "All round pretty awesome guy",
                         "gender": "male", "name": "CCP Bartender", "race_id": 2, "security_status": -0.25}""");

        assertThat(info).isEqualTo(new CharacterPublicInfo(BARTENDER, "CCP Bartender", new CorporationId(109299958L),
                new AllianceId(434243723L), null, Instant.parse("2015-03-24T11:37:00Z"), Gender.MALE, 2, 3, -0.25,
                1520, "All round pretty awesome guy", null));
    }

    @Test
    void aBareProfileLeavesTheOptionalPartsNull() {
        CharacterPublicInfo info = EsiJson.one(CharacterDto.class, dto -> CharacterMapper.toDomain(BARTENDER, dto))
                .apply("""
                        {"achievement_score": 0, "birthday": "2026-01-02T03:04:05Z", "bloodline_id": 7,
                         "corporation_id": 1000125, "gender": "female", "name": "New Pilot", "race_id": 8}""");

        assertThat(info).isEqualTo(new CharacterPublicInfo(BARTENDER, "New Pilot", new CorporationId(1000125L), null,
                null, Instant.parse("2026-01-02T03:04:05Z"), Gender.FEMALE, 8, 7, null, 0, null, null));
    }

    @Test
    void affiliationsMapAllianceAndFactionWhereEsiSendsThem() {
        List<Affiliation> affiliations = EsiJson.list(PostCharactersAffiliation.class, CharacterMapper::toDomain).apply("""
                [{"alliance_id": 434243723, "character_id": 95538921, "corporation_id": 109299958},
                 {"character_id": 2112625428, "corporation_id": 1000180, "faction_id": 500001}]""");

        assertThat(affiliations).containsExactly(
                new Affiliation(new CharacterId(95538921L), new CorporationId(109299958L), new AllianceId(434243723L),
                        null),
                new Affiliation(new CharacterId(2112625428L), new CorporationId(1000180L), null, 500001L));
    }
}
