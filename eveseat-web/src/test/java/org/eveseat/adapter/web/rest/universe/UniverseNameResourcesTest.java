package org.eveseat.adapter.web.rest.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class UniverseNameResourcesTest {
    private static final ResolvedName PILOT = new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER);

    @Test
    void exactNamesAreLookedUpOnceTrimmedAndAnsweredWithTheirCategory() {
        List<NameLookup> asked = new ArrayList<>();
        NameSearchResource resource = new NameSearchResource();
        resource.ids = lookup -> {
            asked.add(lookup);
            return List.of(PILOT);
        };

        JsonObject answer = resource.find(List.of(" Ava Kestrel ", "Ava Kestrel"));

        assertThat(asked).containsExactly(NameLookup.of("Ava Kestrel"));
        assertThat(answer.getJsonArray("results").getJsonObject(0).getString("category")).isEqualTo("character");
        assertThatThrownBy(() -> resource.find(List.of())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> resource.find(Collections.nCopies(21, "x")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> resource.find(List.of("x".repeat(101)))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void idsAreNamedInOneBatchAndMalformedOnesRefused() {
        List<Set<Long>> asked = new ArrayList<>();
        NameResource resource = new NameResource();
        resource.names = ids -> {
            asked.add(ids);
            return new EntityNames(Map.of(PILOT.id(), PILOT));
        };

        JsonObject answer = resource.names(List.of("90000001", "98000001"));

        assertThat(asked).containsExactly(Set.of(90000001L, 98000001L));
        assertThat(answer.getJsonArray("names")).hasSize(1);
        assertThat(answer.getJsonArray("names").getJsonObject(0).getString("name")).isEqualTo("Ava Kestrel");
        assertThatThrownBy(() -> resource.names(List.of("-1"))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> resource.names(Collections.nCopies(51, "1")))
                .isInstanceOf(RuleViolationException.class);
    }
}
