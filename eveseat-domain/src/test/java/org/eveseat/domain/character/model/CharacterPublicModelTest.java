package org.eveseat.domain.character.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class CharacterPublicModelTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final CorporationId CORP = new CorporationId(98000001);

    @Test
    void profilesNeedNameCorporationAndBirthday() {
        assertThat(info(5.0).gender()).isEqualTo(Gender.FEMALE);
        assertThat(info(null).securityStatus()).isNull();
        assertThatThrownBy(() -> info(-10.1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CharacterPublicInfo(PILOT, "Pilot", null, null, null, Instant.EPOCH,
                Gender.MALE, 1, 1, null, 0, null, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void affiliationsNeedACorporation() {
        assertThat(new Affiliation(PILOT, CORP, new AllianceId(99000001), null).factionId()).isNull();
        assertThatThrownBy(() -> new Affiliation(PILOT, null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Affiliation(PILOT, CORP, null, 0L)).isInstanceOf(RuleViolationException.class);
    }

    private static CharacterPublicInfo info(Double securityStatus) {
        return new CharacterPublicInfo(PILOT, "Pilot", CORP, null, null, Instant.parse("2015-03-24T11:37:00Z"),
                Gender.fromEsi("female"), 1, 5, securityStatus, 1200, null, null);
    }
}
