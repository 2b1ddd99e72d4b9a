package org.eveseat.adapter.web.rest.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;

/** Users see the read structures by name and place; admins also see each one's state and reading character. */
class StructureMarketJsonTest {
    private static final Instant READ = Instant.parse("2026-12-07T12:00:00Z");
    private static final StructureMarket TOWER = new StructureMarket(1_035_466_617_946L,
            "Perimeter - Tranquility Trading Tower", new SolarSystemId(30000144L), new RegionId(10000002L),
            StructureAccess.OK, new CharacterId(90000002L), READ, READ.plusSeconds(300), 25, null);
    private static final StructureMarket UNREAD = StructureMarket.pending(1_000_000_000_001L)
            .withState(StructureAccess.NO_DOCKING, new CharacterId(90000001L), "may not dock there");
    private static final EntityNames NAMES = new EntityNames(Map.of(
            30000144L, new ResolvedName(30000144L, "Perimeter", NameCategory.SOLAR_SYSTEM),
            10000002L, new ResolvedName(10000002L, "The Forge", NameCategory.REGION),
            90000002L, new ResolvedName(90000002L, "Trader Alt", NameCategory.CHARACTER)));

    @Test
    void usersSeeOnlyReadStructuresWithNamesAndNoReadingCharacter() {
        List<JsonObject> places = StructureMarketJson.places(List.of(TOWER, UNREAD), NAMES)
                .getValuesAs(JsonObject.class);

        assertThat(places).hasSize(1);
        assertThat(places.get(0).getString("structureName")).isEqualTo("Perimeter - Tranquility Trading Tower");
        assertThat(places.get(0).getString("systemName")).isEqualTo("Perimeter");
        assertThat(places.get(0).getString("regionName")).isEqualTo("The Forge");
        assertThat(places.get(0).getString("expiresAt")).isEqualTo("2026-12-07T12:05:00Z");
        assertThat(places.get(0)).doesNotContainKeys("viaCharacterId", "viaCharacterName", "access");
        assertThat(StructureMarketJson.placeIds(List.of(TOWER, UNREAD))).containsExactlyInAnyOrder(30000144L,
                10000002L);
    }

    @Test
    void adminsSeeEachStructuresStateReaderAndTheSuggestions() {
        StructureSuggestion suggested = new StructureSuggestion(1_000_000_000_002L, new RegionId(10000002L), null, 3);

        JsonObject admin = StructureMarketJson.admin(List.of(TOWER, UNREAD), List.of(suggested), NAMES);

        JsonObject tower = admin.getJsonArray("structures").getJsonObject(0);
        assertThat(tower.getString("access")).isEqualTo("OK");
        assertThat(tower.getString("viaCharacterName")).isEqualTo("Trader Alt");
        assertThat(tower.isNull("detail")).isTrue();
        JsonObject unread = admin.getJsonArray("structures").getJsonObject(1);
        assertThat(unread.getString("access")).isEqualTo("NO_DOCKING");
        assertThat(unread.isNull("structureName")).isTrue();
        assertThat(unread.getString("detail")).isEqualTo("may not dock there");
        JsonObject suggestion = admin.getJsonArray("suggestions").getJsonObject(0);
        assertThat(suggestion.getString("regionName")).isEqualTo("The Forge");
        assertThat(suggestion.getInt("ownOrders")).isEqualTo(3);
        assertThat(StructureMarketJson.adminIds(List.of(TOWER, UNREAD), List.of(suggested)))
                .contains(90000002L, 90000001L, 10000002L);
    }
}
