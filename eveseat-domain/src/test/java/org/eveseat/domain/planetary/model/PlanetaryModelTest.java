package org.eveseat.domain.planetary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class PlanetaryModelTest {
    private static final CustomsOffice.TaxRates RATES =
            new CustomsOffice.TaxRates(0.02, 0.1, 0.05, 0.2, 0.5, null, null);

    @Test
    void commandCentresHaveLevelsZeroToFive() {
        assertThat(colony(5).planetType()).isEqualTo(PlanetType.BARREN);
        assertThatThrownBy(() -> colony(6)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> colony(-1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void customsOfficesLeaveReinforcementWithinADay() {
        CustomsOffice office = office(1, 3);
        assertThat(office.standingLevel()).isEqualTo(StandingLevel.NEUTRAL);
        assertThatThrownBy(() -> office(24, 2)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> office(1, -1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void layoutsKeepTheirPinsLinksAndRoutes() {
        Pin.Extractor extractor = new Pin.Extractor(new TypeId(2268), Duration.ofMinutes(30), 1500L, 0.01,
                List.of(new Pin.Head(0, 1.2, 2.3)));
        Pin pin = new Pin(1, new TypeId(2848), 1.2, 2.3, null, null, null, null, null, extractor);
        PlanetLayout layout = new PlanetLayout(List.of(pin), null,
                List.of(new PlanetLayout.Route(9, 1, 2, new TypeId(2268), 1500, null)));
        assertThat(layout.links()).isEmpty();
        assertThat(layout.pins().get(0).contents()).isEmpty();
        assertThat(layout.routes().get(0).waypoints()).isEmpty();
        assertThatThrownBy(() -> new PlanetLayout.Link(1, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Schematic(65, "Coolant", null)).isInstanceOf(RuleViolationException.class);
    }

    private static Colony colony(int level) {
        return new Colony(40000001, PlanetType.fromEsi("barren"), new SolarSystemId(30000001),
                new CharacterId(2112625428L), level, 12, Instant.parse("2026-08-01T10:00:00Z"));
    }

    private static CustomsOffice office(int start, int end) {
        return new CustomsOffice(1_000_000_014_530L, new SolarSystemId(30000001), new TypeId(2233), start, end,
                false, true, StandingLevel.fromEsi("neutral"), RATES);
    }
}
