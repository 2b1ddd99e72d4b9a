package org.eveseat.domain.universe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class UniverseCatalogueModelTest {
    private static final SolarSystemId JITA = new SolarSystemId(30000142);
    private static final Position ORIGIN = new Position(0, 0, 0);

    @Test
    void stationServicesKeepEsisSpellingAndReadUnknownOnesLeniently() {
        assertThat(StationService.fromEsi("reprocessing-plant")).isEqualTo(StationService.REPROCESSING_PLANT);
        assertThat(StationService.fromEsi("labratory")).isEqualTo(StationService.LABRATORY);
        assertThat(StationService.ASSASINATION_MISSIONS.esiValue()).isEqualTo("assasination-missions");
        assertThat(StationService.fromEsi("casino")).isEqualTo(StationService.UNKNOWN);
    }

    @Test
    void stationsKeepTheirRatesBetweenZeroAndOne() {
        assertThat(station(0.5).services()).containsExactly(StationService.MARKET);
        assertThatThrownBy(() -> station(1.5)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reprocessing efficiency");
    }

    @Test
    void aNameLookupRefusesNamesEsiWouldRefuse() {
        assertThat(NameLookup.of("Jita", "CCP Bartender").names()).containsExactlyInAnyOrder("Jita", "CCP Bartender");
        assertThatThrownBy(() -> NameLookup.of(" ")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new NameLookup(Set.of())).isInstanceOf(RuleViolationException.class);
        char[] longName = new char[NameLookup.MAX_NAME_LENGTH + 1];
        Arrays.fill(longName, 'x');
        assertThatThrownBy(() -> NameLookup.of(new String(longName))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void typesWithoutAMarketGroupCannotBeTradedAndListsDefaultToEmpty() {
        ItemType type = new ItemType(new TypeId(34), "Tritanium", "A metal.", true, 18, null, 0.01, null, null,
                null, null, 1, null, null, null, List.of(new ItemType.Effect(11, true)));
        assertThat(type.marketGroupId()).isNull();
        assertThat(type.attributes()).isEmpty();
        assertThatThrownBy(() -> new ItemType(new TypeId(34), "Tritanium", "A metal.", true, 18, 0L, null, null,
                null, null, null, null, null, null, null, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void statisticsAndPlacesNeedTheirSystem() {
        assertThat(new SystemKills(JITA, 3, 40, 1).podKills()).isEqualTo(1);
        assertThatThrownBy(() -> new SystemJumps(null, 5)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SystemJumps(JITA, -1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new UpwellStructure(1_035_466_617_946L, "Perimeter - Tranquility Trading Tower",
                new CorporationId(98000001), null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PlanetInfo(40009077, "Jita IV", new TypeId(13), JITA, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new Region(new RegionId(10000002), "The Forge", null, null).constellations()).isEmpty();
    }

    private static Station station(double efficiency) {
        return new Station(60003760, "Jita IV - Moon 4 - Caldari Navy Assembly Plant", new TypeId(1531), JITA, ORIGIN,
                new CorporationId(1000035), 1L, 50_000_000, Isk.of("10000"), efficiency, 0.05,
                List.of(StationService.MARKET));
    }
}
