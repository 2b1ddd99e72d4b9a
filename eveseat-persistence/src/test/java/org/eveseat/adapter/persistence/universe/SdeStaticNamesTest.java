package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class SdeStaticNamesTest {
    private final SdeStaticNames names = new SdeStaticNames(new SdeTypeNameCatalogue(), new SdeSolarSystemCatalogue());

    @Test
    void namesTypesAndSystemsAndLeavesTheRestToEsi() {
        assertThat(names.find(Set.of(587L, 30000142L, 90000001L, 60003760L, 500001L, 1000125L)))
                .containsOnly(java.util.Map.entry(587L, new ResolvedName(587, "Rifter", NameCategory.INVENTORY_TYPE)),
                        java.util.Map.entry(30000142L, new ResolvedName(30000142, "Jita", NameCategory.SOLAR_SYSTEM)));
    }
}
