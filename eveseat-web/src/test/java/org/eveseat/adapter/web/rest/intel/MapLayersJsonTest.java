package org.eveseat.adapter.web.rest.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.eveseat.domain.intel.model.ActivityReport;
import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.model.SovereigntyMap;
import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.Test;

class MapLayersJsonTest {
    private static final Instant SINCE = Instant.parse("2026-12-06T11:00:00Z");

    @Test
    void activityIsATableOfNumberRowsWithTheLatestHourOrNullBeforeTheFirstSync() {
        JsonObject body = MapLayersJson.activity(new ActivityReport(ActivityWindow.DAY, SINCE,
                Instant.parse("2026-12-07T10:00:00Z"), List.of(new SystemActivity(new SolarSystemId(30000142L), 60, 30,
                3000, 4000))));
        JsonObject empty = MapLayersJson.activity(new ActivityReport(ActivityWindow.HOUR, SINCE, null, List.of()));

        assertThat(body.toString()).isEqualTo("{\"window\":\"24h\",\"since\":\"2026-12-06T11:00:00Z\","
                + "\"latestHour\":\"2026-12-07T10:00:00Z\",\"columns\":[\"systemId\",\"shipKills\",\"podKills\","
                + "\"npcKills\",\"jumps\"],\"systems\":[[30000142,60,30,3000,4000]]}");
        assertThat(empty.isNull("latestHour")).isTrue();
        assertThat(empty.getJsonArray("systems")).isEmpty();
    }

    @Test
    void holdersAreGroupedWithTheirSystemsMostSystemsFirstAndAnUnnamedHolderIsNull() {
        JsonObject body = MapLayersJson.sovereignty(new SovereigntyMap(List.of(
                new SystemHolder(new SolarSystemId(30000001L), 99000001L, null, null),
                new SystemHolder(new SolarSystemId(30000142L), null, 500001L, "Caldari State"),
                new SystemHolder(new SolarSystemId(30000144L), null, 500001L, "Caldari State")), List.of()));

        assertThat(body.toString()).isEqualTo("{\"holders\":[{\"id\":500001,\"kind\":\"faction\",\"name\":"
                + "\"Caldari State\",\"systems\":[30000142,30000144]},{\"id\":99000001,\"kind\":\"alliance\","
                + "\"name\":null,\"systems\":[30000001]}],\"campaigns\":[]}");
    }

    @Test
    void anUnknownWindowIsRefusedBeforeAnythingIsRead() {
        SystemActivityResource resource = new SystemActivityResource();
        resource.activity = window -> {
            throw new AssertionError("not to be read");
        };
        assertThatThrownBy(() -> resource.activity("7d")).isInstanceOf(RuleViolationException.class)
                .hasMessage("window must be 1h or 24h, was '7d'");
    }
}
