package org.eveseat.adapter.esi.universecatalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class EsiUniverseIdsTest extends UniverseCatalogueTestBase {
    @Test
    void namesOfEveryKindResolveToTheirIdsAndUnknownNamesAreLeftOut() {
        List<ResolvedName> ids = adapter.ids(NameLookup.of("Jita", "the forge", "Kimotoro", "Tritanium",
                "Caldari Navy", "Caldari State", "Jita IV - Moon 4 - Caldari Navy Assembly Plant", "No Such Place"));

        assertThat(ids).containsExactlyInAnyOrder(
                new ResolvedName(30000142L, "Jita", NameCategory.SOLAR_SYSTEM),
                new ResolvedName(10000002L, "The Forge", NameCategory.REGION),
                new ResolvedName(20000020L, "Kimotoro", NameCategory.CONSTELLATION),
                new ResolvedName(34L, "Tritanium", NameCategory.INVENTORY_TYPE),
                new ResolvedName(1000035L, "Caldari Navy", NameCategory.CORPORATION),
                new ResolvedName(500001L, "Caldari State", NameCategory.FACTION),
                new ResolvedName(60003760L, "Jita IV - Moon 4 - Caldari Navy Assembly Plant", NameCategory.STATION));
        assertThat(harness.esi().requestCount("/universe/ids")).isEqualTo(1);
    }

    @Test
    void moreThanFiveHundredNamesGoOutInBatches() {
        Set<String> names = new HashSet<>(List.of("Jita", "Rifter"));
        IntStream.range(0, 999).forEach(i -> names.add("Nobody " + i));

        List<ResolvedName> ids = adapter.ids(new NameLookup(names));

        assertThat(ids).extracting(ResolvedName::id).containsExactlyInAnyOrder(30000142L, 587L);
        assertThat(harness.esi().requestCount("/universe/ids")).isEqualTo(3);
        assertThat(EsiUniverseCatalogueAdapter.batches(new NameLookup(names))).extracting(List::size)
                .containsExactly(500, 500, 1);
    }
}
