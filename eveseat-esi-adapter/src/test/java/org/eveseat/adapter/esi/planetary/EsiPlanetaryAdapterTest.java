package org.eveseat.adapter.esi.planetary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.planetary.model.Colony;
import org.eveseat.domain.planetary.model.CustomsOffice;
import org.eveseat.domain.planetary.model.Pin;
import org.eveseat.domain.planetary.model.PlanetLayout;
import org.eveseat.domain.planetary.model.PlanetType;
import org.eveseat.domain.planetary.model.Schematic;
import org.eveseat.domain.planetary.model.StandingLevel;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiPlanetaryAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;
    private static final long PLASMA_PLANET = 40023691L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiPlanetaryAdapter adapter = new EsiPlanetaryAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void coloniesCountTheirPins() {
        var colony = harness.esi().ledger().character(PILOT).planets().all().get(0);

        var result = adapter.colonies(new CharacterId(PILOT), harness.token(PILOT, Set.of(
                Scopes.MANAGE_PLANETS)));

        assertThat(((EsiResult.Fresh<List<Colony>>) result).value()).first().isEqualTo(new Colony(PLASMA_PLANET,
                PlanetType.PLASMA, new SolarSystemId(30000379), new CharacterId(PILOT), 4, 3, colony.lastUpdate()));
    }

    @Test
    void aLayoutCarriesExtractorProgrammesFactorySchematicsAndRoutes() {
        var ledger = harness.esi().ledger().character(PILOT).planets().all().get(0);
        long extractorPin = ledger.pins().get(0).pinId();

        var result = adapter.layout(new CharacterId(PILOT), PLASMA_PLANET,
                harness.token(PILOT, Set.of(Scopes.MANAGE_PLANETS)));

        PlanetLayout layout = ((EsiResult.Fresh<PlanetLayout>) result).value();
        Pin extractor = layout.pins().get(0);
        assertThat(extractor.pinId()).isEqualTo(extractorPin);
        assertThat(extractor.typeId()).isEqualTo(new TypeId(3060));
        assertThat(extractor.schematicId()).isNull();
        assertThat(extractor.expiryTime()).isEqualTo(ledger.pins().get(0).expiryTime());
        assertThat(extractor.extractor()).isEqualTo(new Pin.Extractor(new TypeId(2268), Duration.ofMinutes(30),
                1420L, 0.0225, List.of(new Pin.Head(0, 1.551, 0.718))));
        Pin factory = layout.pins().get(1);
        assertThat(factory.schematicId()).isEqualTo(121L);
        assertThat(factory.contents()).containsExactly(new Pin.Content(new TypeId(2268), 3000));
        assertThat(factory.extractor()).isNull();
        assertThat(layout.links()).contains(new PlanetLayout.Link(extractorPin, extractorPin + 1, 0));
        assertThat(layout.routes()).containsExactly(
                new PlanetLayout.Route(4, extractorPin, extractorPin + 1, new TypeId(2268), 1420, List.of()),
                new PlanetLayout.Route(5, extractorPin + 1, extractorPin + 2, new TypeId(2393), 20,
                        List.of(extractorPin + 1)));
    }

    @Test
    void customsOfficesAreReadOverEveryPage() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Director");
        harness.esi().pageSize(1);
        var first = harness.esi().ledger().corporation(CORPORATION).customsOffices().all().get(0);

        var result = adapter.customsOffices(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(Scopes.READ_CUSTOMS_OFFICES)));

        List<CustomsOffice> offices = ((EsiResult.Fresh<List<CustomsOffice>>) result).value();
        assertThat(offices).hasSize(2);
        assertThat(offices.get(0)).isEqualTo(new CustomsOffice(first.officeId(), new SolarSystemId(30003657),
                new TypeId(2233), 23, 1, false, true, StandingLevel.NEUTRAL,
                new CustomsOffice.TaxRates(0.02, 0.1, 0.05, 0.2, 0.5, null, null)));
        assertThat(harness.esi().requestCount("/corporations/" + CORPORATION + "/customs_offices"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void customsOfficesNeedTheScope() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Director");

        assertThatThrownBy(() -> adapter.customsOffices(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(Scopes.MANAGE_PLANETS))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSchematicIsPublicAndReadOnceUntilItExpires() {
        var result = adapter.schematic(121);

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(new Schematic(121, "Water", Duration.ofMinutes(30)),
                result.expires()));
        assertThat(adapter.schematic(121)).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/universe/schematics/121")).isEqualTo(1);
    }
}
