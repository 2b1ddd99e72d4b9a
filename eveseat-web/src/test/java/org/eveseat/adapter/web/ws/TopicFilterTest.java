package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class TopicFilterTest {
    private static final JsonObject KILL = json("{\"solarSystemId\":30000142,\"regionId\":10000002,"
            + "\"victim\":{\"allianceId\":99000001},\"attackerAllianceIds\":[99000002,99000003]}");

    @Test
    void aKillmailFilterMatchesOnSystemRegionOrAnAllianceOnEitherSide() {
        assertThat(TopicFilter.NONE.matches(KILL)).isTrue();
        assertThat(new TopicFilter(30000142L, null, null).matches(KILL)).isTrue();
        assertThat(new TopicFilter(30000144L, null, null).matches(KILL)).isFalse();
        assertThat(new TopicFilter(null, 10000002L, 99000001L).matches(KILL)).as("victim's alliance").isTrue();
        assertThat(new TopicFilter(null, null, 99000003L).matches(KILL)).as("an attacker's alliance").isTrue();
        assertThat(new TopicFilter(null, null, 99000009L).matches(KILL)).isFalse();
        assertThat(new TopicFilter(null, null, 99000001L).matches(json("{}"))).isFalse();
    }

    @Test
    void onlyKillmailsTakeAFilterAndOnlyOfPositiveIds() {
        assertThat(TopicFilters.parse("character.1.wallet", null)).contains(TopicFilter.NONE);
        assertThat(TopicFilters.parse("killmails", json("{\"regionId\":10000002}")))
                .contains(new TopicFilter(null, 10000002L, null));
        assertThat(TopicFilters.parse("character.1.wallet", json("{\"regionId\":1}"))).isEmpty();
        assertThat(TopicFilters.parse("killmails", json("{\"regionId\":0}"))).isEmpty();
        assertThat(TopicFilters.parse("killmails", json("{\"regionId\":1.5}"))).isEmpty();
        assertThat(TopicFilters.parse("killmails", json("{\"shipTypeId\":587}"))).isEmpty();
        assertThat(TopicFilters.parse("killmails", JsonValue.TRUE)).isEmpty();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
