package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.testing.InMemoryNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.junit.jupiter.api.Test;

class FindIdsByNameServiceTest {
    @Test
    void foundIdsAreStoredSoTheyShowWithTheirNamesLater() {
        ResolvedName pilot = new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER);
        UniverseCatalogueEsi esi = mock(UniverseCatalogueEsi.class);
        when(esi.ids(NameLookup.of("ava kestrel", "Nobody"))).thenReturn(List.of(pilot));
        InMemoryNames stored = new InMemoryNames();

        List<ResolvedName> found = new FindIdsByNameService(esi, stored,
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC))
                .find(NameLookup.of("ava kestrel", "Nobody"));

        assertThat(found).containsExactly(pilot);
        assertThat(stored.names).containsEntry(pilot.id(), pilot);
    }
}
