package org.eveseat.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

class SharedValuesTest {
    @Test
    void idsArePositive() {
        List<LongFunction<?>> ids = List.of(CorporationId::new, AllianceId::new, TypeId::new, SolarSystemId::new,
                ConstellationId::new, RegionId::new);
        for (LongFunction<?> id : ids) {
            assertThat(id.apply(98_000_001L).toString()).isEqualTo("98000001");
            assertThatThrownBy(() -> id.apply(0)).isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> id.apply(-1)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void killmailHashesAreHexadecimalBecauseTheyGoIntoAPath() {
        assertThat(new KillmailRef(88486806, "3c9ed419c00f123ff8d46475b05b70616d1381d8").hash()).hasSize(40);
        assertThatThrownBy(() -> new KillmailRef(88486806, "../../characters/1/wallet"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new KillmailRef(88486806, "")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new KillmailRef(0, "abc")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void locationFlagsKeepFlagsAddedLater() {
        assertThat(LocationFlag.fromEsi("Hangar")).isEqualTo(LocationFlag.HANGAR);
        assertThat(LocationFlag.fromEsi("StructureDeedBay").esiValue()).isEqualTo("StructureDeedBay");
        assertThat(LocationFlag.fromEsi(null)).isNull();
        assertThatThrownBy(() -> LocationFlag.fromEsi(" ")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void corporationHangarDivisionsAreReadFromTheFlag() {
        assertThat(LocationFlag.fromEsi("CorpSAG1").corporationHangarDivision()).isEqualTo(1);
        assertThat(LocationFlag.fromEsi("CorpSAG7").corporationHangarDivision()).isEqualTo(7);
        assertThat(LocationFlag.fromEsi("CorpSAG8").corporationHangarDivision()).isZero();
        assertThat(LocationFlag.HANGAR.corporationHangarDivision()).isZero();
    }
}
