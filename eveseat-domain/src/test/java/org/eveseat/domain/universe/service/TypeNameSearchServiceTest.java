package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class TypeNameSearchServiceTest {
    private final TypeNameSearchService search = new TypeNameSearchService(() -> Map.of(new TypeId(34), "Tritanium",
            new TypeId(587), "Rifter", new TypeId(2161), "Rifter Blueprint", new TypeId(35), "Pyerite"));

    @Test
    void matchesAPartOfTheNameIgnoringCase() {
        assertThat(search.typesNamed(" rifter", 10)).containsExactlyInAnyOrder(new TypeId(587), new TypeId(2161));
        assertThat(search.typesNamed("TRITAN", 10)).containsExactly(new TypeId(34));
        assertThat(search.typesNamed("Veldspar", 10)).isEmpty();
        assertThat(search.typesNamed("i", 2)).hasSize(2);
    }
}
