package org.eveseat.adapter.esi.universecatalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class UniverseCatalogueMapperTest {
    @Test
    void agentsResolveAsTheCharactersTheyAreAndMissingKindsAsNothing() {
        List<ResolvedName> names = EsiJson.one(ResolvedIdsDto.class, UniverseCatalogueMapper::toDomain).apply("""
                {"agents":[{"id":3008416,"name":"Antaken Kamola"}],
                 "characters":[{"id":2112625428,"name":"CCP Zoetrope"}]}""");

        assertThat(names).containsExactly(
                new ResolvedName(3008416L, "Antaken Kamola", NameCategory.CHARACTER),
                new ResolvedName(2112625428L, "CCP Zoetrope", NameCategory.CHARACTER));
        assertThat(EsiJson.one(ResolvedIdsDto.class, UniverseCatalogueMapper::toDomain).apply("{}")).isEmpty();
    }
}
