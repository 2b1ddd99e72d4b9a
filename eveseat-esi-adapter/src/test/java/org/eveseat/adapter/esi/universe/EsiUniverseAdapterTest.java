package org.eveseat.adapter.esi.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;
import org.eveseat.fake.ledger.FakeNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiUniverseAdapterTest {
    private static final long JITA = 30000142L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiUniverseAdapter adapter = new EsiUniverseAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aSolarSystemMapsItsPlaceSecurityAndStations() {
        var first = adapter.system(new SolarSystemId(JITA));
        var again = adapter.system(new SolarSystemId(JITA));

        SolarSystem jita = ((EsiResult.Fresh<SolarSystem>) first).value();
        assertThat(jita.systemId()).isEqualTo(new SolarSystemId(JITA));
        assertThat(jita.name()).isEqualTo("Jita");
        assertThat(jita.constellationId()).isEqualTo(new ConstellationId(20000020L));
        assertThat(jita.securityStatus()).isEqualTo(0.945913);
        assertThat(jita.securityClass()).isEqualTo("B");
        assertThat(jita.starId()).isEqualTo(40009076L);
        // the fake places a system at its constellation's position
        assertThat(jita.position()).isEqualTo(new Position(-1.34996e17, 6.49995e16, 1.03326e17));
        assertThat(jita.stationIds()).contains(60003760L, 60000361L);
        assertThat(jita.planets()).isEmpty();
        // static data: cached until the daily downtime
        assertThat(again).isEqualTo(new EsiResult.NotDue<>(first.expires()));
    }

    @Test
    void anUnknownSystemIsNotFound() {
        assertThatThrownBy(() -> adapter.system(new SolarSystemId(39_999_999L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStargateMapsItsDestination() {
        var result = (EsiResult.Fresh<Stargate>) adapter.stargate(50000342L);

        assertThat(result.value()).isEqualTo(new Stargate(50000342L, "Stargate (Tanoo)", new TypeId(29624L),
                new SolarSystemId(30000003L), new Position(-101092761600.0, 5279539200.0, 1550503403520.0),
                50000056L, new SolarSystemId(30000001L)));
    }

    @Test
    void namesComeWithTheirCategories() {
        List<ResolvedName> names = adapter.names(Set.of(JITA, 34L, 10000002L, 500001L, 60003760L));

        assertThat(names).containsExactlyInAnyOrder(
                new ResolvedName(JITA, "Jita", NameCategory.SOLAR_SYSTEM),
                new ResolvedName(34L, "Tritanium", NameCategory.INVENTORY_TYPE),
                new ResolvedName(10000002L, "The Forge", NameCategory.REGION),
                new ResolvedName(500001L, "Caldari State", NameCategory.FACTION),
                new ResolvedName(60003760L, "Jita IV - Moon 4 - Caldari Navy Assembly Plant", NameCategory.STATION));
    }

    @Test
    void moreThanAThousandIdsGoOutInBatches() {
        Set<Long> pilots = LongStream.range(90_000_001L, 90_001_002L).boxed().collect(Collectors.toSet());
        // the fake resolves a full batch slowly; a time-out would retry it and blur the count of calls
        var settings = harness.settings();
        var patient = new EsiUniverseAdapter(new EsiSettings(settings.baseUrl(), settings.compatibilityDate(),
                settings.userAgent(), Duration.ofMinutes(1)), harness.gateway());

        List<ResolvedName> names = patient.names(pilots);

        assertThat(names).hasSize(1001).allSatisfy(name -> {
            assertThat(name.category()).isEqualTo(NameCategory.CHARACTER);
            assertThat(name.name()).isEqualTo(FakeNames.pilot(name.id()));
        });
        assertThat(names).extracting(ResolvedName::id).containsExactlyInAnyOrderElementsOf(pilots);
        assertThat(harness.esi().requestCount("/universe/names")).isEqualTo(2);
    }

    @Test
    void noIdsAskNothing() {
        assertThat(adapter.names(Set.of())).isEmpty();
        assertThat(harness.esi().requestCount("/universe/names")).isZero();
    }
}
