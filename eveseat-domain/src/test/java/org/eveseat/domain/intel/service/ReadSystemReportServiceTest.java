package org.eveseat.domain.intel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eveseat.domain.intel.model.CampaignEventType;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.model.SystemReport;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapConstellation;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticData;
import org.junit.jupiter.api.Test;

class ReadSystemReportServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:20:00Z");
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    private static final SolarSystemId PERIMETER = new SolarSystemId(30000144L);
    private static final ConstellationId KIMOTORO = new ConstellationId(20000020L);
    private static final RegionId FORGE = new RegionId(10000002L);

    private final StaticData staticData = mock(StaticData.class);
    private final SystemActivityRepository activity = mock(SystemActivityRepository.class);
    private final SovereigntyRepository sovereignty = mock(SovereigntyRepository.class);
    private final IncursionRepository incursions = mock(IncursionRepository.class);
    private final ReadSystemReportService service = new ReadSystemReportService(
            staticData, activity, sovereignty, incursions, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void namesTheSystemsPlaceHolderFactionAndSumsTheLastHourAndDayAsTheMapsLayerDoes() {
        universe();
        SystemHolder caldari = new SystemHolder(JITA, null, 500001L, "Caldari State");
        when(sovereignty.holders())
                .thenReturn(List.of(new SystemHolder(PERIMETER, 99000001L, null, "Alliance"), caldari));
        SovereigntyCampaign fight = campaign(JITA);
        when(sovereignty.campaigns()).thenReturn(List.of(campaign(PERIMETER), fight));
        Incursion incursion = new Incursion(
                KIMOTORO,
                500019L,
                "Incursion",
                IncursionState.ESTABLISHED,
                0.4,
                false,
                PERIMETER,
                List.of(PERIMETER, JITA));
        when(incursions.all()).thenReturn(List.of(incursion));
        when(activity.latestHour()).thenReturn(Optional.of(Instant.parse("2026-12-07T10:00:00Z")));
        SystemActivity hour = new SystemActivity(JITA, 2, 1, 30, 400);
        SystemActivity day = new SystemActivity(JITA, 20, 10, 300, 4000);
        when(activity.totalsSince(Instant.parse("2026-12-07T10:00:00Z"), JITA)).thenReturn(hour);
        when(activity.totalsSince(Instant.parse("2026-12-06T11:00:00Z"), JITA)).thenReturn(day);
        when(staticData.factionName(500001L)).thenReturn(Optional.of("Caldari State"));

        SystemReport report = service.report(JITA);

        assertThat(report.system().name()).isEqualTo("Jita");
        assertThat(report.constellationName()).isEqualTo("Kimotoro");
        assertThat(report.regionName()).isEqualTo("The Forge");
        assertThat(report.factionName()).isEqualTo("Caldari State");
        assertThat(report.holder()).isEqualTo(caldari);
        assertThat(report.lastHour()).isEqualTo(hour);
        assertThat(report.lastDay()).isEqualTo(day);
        assertThat(report.latestHour()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(report.incursion()).isEqualTo(incursion);
        assertThat(report.campaigns()).containsExactly(fight);
    }

    @Test
    void anUnclaimedQuietSystemBeforeAnySyncHasNoHolderIncursionOrLatestHour() {
        universe();
        when(activity.totalsSince(any(), eq(PERIMETER))).thenReturn(new SystemActivity(PERIMETER, 0, 0, 0, 0));

        SystemReport report = service.report(PERIMETER);

        assertThat(report.holder()).isNull();
        assertThat(report.factionName()).isNull();
        assertThat(report.incursion()).isNull();
        assertThat(report.latestHour()).isNull();
        assertThat(report.campaigns()).isEmpty();
        assertThat(report.lastDay().jumps()).isZero();
    }

    @Test
    void aSystemTheStaticDataDoesNotKnowIsNotFound() {
        universe();

        assertThatThrownBy(() -> service.report(new SolarSystemId(31000005L))).isInstanceOf(NotFoundException.class);
    }

    private void universe() {
        when(staticData.universe())
                .thenReturn(new StaticUniverse(
                        "test",
                        List.of(new MapRegion(FORGE, "The Forge", 500001L)),
                        List.of(new MapConstellation(KIMOTORO, "Kimotoro", FORGE, 500001L)),
                        List.of(
                                new MapSystem(
                                        JITA, "Jita", KIMOTORO, FORGE, 0.946, new Position(0, 0, 0), 1.0, 2.0, 500001L),
                                new MapSystem(
                                        PERIMETER,
                                        "Perimeter",
                                        KIMOTORO,
                                        FORGE,
                                        0.95,
                                        new Position(0, 0, 0),
                                        1.0,
                                        2.0,
                                        null)),
                        List.of()));
    }

    private static SovereigntyCampaign campaign(SolarSystemId system) {
        return new SovereigntyCampaign(
                system.value(),
                CampaignEventType.IHUB_DEFENSE,
                1000L,
                system,
                KIMOTORO,
                NOW,
                null,
                0.6,
                0.4,
                List.of());
    }
}
