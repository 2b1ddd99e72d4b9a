package org.eveseat.domain.market.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class MarketOrdersModelTest {
    private static final TypeId PLEX = new TypeId(44992);
    private static final RegionId FORGE = new RegionId(10000002);
    private static final Instant ISSUED = Instant.parse("2026-08-01T10:00:00Z");

    @Test
    void historyStatesAreReadLeniently() {
        assertThat(OrderState.fromEsi("cancelled")).isEqualTo(OrderState.CANCELLED);
        assertThat(OrderState.fromEsi("expired")).isEqualTo(OrderState.EXPIRED);
        assertThat(OrderState.fromEsi("fulfilled")).isEqualTo(OrderState.UNKNOWN);
        assertThat(OrderState.fromEsi(null)).isNull();
    }

    @Test
    void characterOrdersNeedAStateAndLeaveSellOrderFieldsEmpty() {
        CharacterOrder sell = characterOrder(OrderState.OPEN);
        assertThat(sell.minVolume()).isNull();
        assertThat(sell.escrow()).isNull();
        assertThatThrownBy(() -> characterOrder(null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("order state");
    }

    @Test
    void corporationOrdersArePaidFromOneOfTheSevenDivisions() {
        assertThat(corporationOrder(7).walletDivision()).isEqualTo(7);
        assertThatThrownBy(() -> corporationOrder(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> corporationOrder(8)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wallet division");
        assertThatThrownBy(() -> new CorporationOrder(6_000_000_002L, PLEX, FORGE, 60003760, false, Isk.of("1"), 1, 1,
                null, OrderRange.REGION, ISSUED, 30, null, null, 1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("issued by");
    }

    @Test
    void structureOrdersNeedTheirStructure() {
        assertThat(structureOrder(1_035_466_617_946L).locationId()).isEqualTo(1_035_466_617_946L);
        assertThatThrownBy(() -> structureOrder(0)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("location id");
    }

    private static CharacterOrder characterOrder(OrderState state) {
        return new CharacterOrder(6_000_000_001L, PLEX, FORGE, 60003760, false, Isk.of("4500000"), 3, 5, null,
                OrderRange.REGION, ISSUED, 90, null, false, state);
    }

    private static CorporationOrder corporationOrder(int division) {
        return new CorporationOrder(6_000_000_002L, PLEX, FORGE, 60003760, true, Isk.of("4400000"), 5, 5, 1L,
                OrderRange.STATION, ISSUED, 30, Isk.of("22000000"), new CharacterId(2112625428L), division);
    }

    private static StructureOrder structureOrder(long structureId) {
        return new StructureOrder(6_000_000_003L, PLEX, false, Isk.of("4600000"), 1, 1, 1, OrderRange.REGION,
                structureId, ISSUED, 90);
    }
}
