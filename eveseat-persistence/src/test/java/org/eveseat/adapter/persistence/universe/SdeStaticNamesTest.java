package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SdeStaticNamesTest {
    private final SdeStaticNames names = new SdeStaticNames(PostgresStaticDataTest.DATA);

    @BeforeAll
    static void loadShipped() {
        PostgresStaticDataTest.load();
    }

    @Test
    void namesWhatTheStaticDataHoldsAndLeavesPilotsAndPlayerCorporationsToEsi() {
        assertThat(names.find(Set.of(587L, 30000142L, 90000001L, 60003760L, 500001L, 1000125L, 98000001L)))
                .containsOnly(Map.entry(587L, new ResolvedName(587, "Rifter", NameCategory.INVENTORY_TYPE)),
                        Map.entry(30000142L, new ResolvedName(30000142, "Jita", NameCategory.SOLAR_SYSTEM)),
                        Map.entry(60003760L, new ResolvedName(60003760,
                                "Jita IV - Moon 4 - Caldari Navy Assembly Plant", NameCategory.STATION)),
                        Map.entry(500001L, new ResolvedName(500001, "Caldari State", NameCategory.FACTION)),
                        Map.entry(1000125L, new ResolvedName(1000125, "CONCORD", NameCategory.CORPORATION)));
    }
}
