package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eveseat.fake.ledger.FakeNames;
import org.junit.jupiter.api.Test;

class FakeEsiUniverseTest extends FakeEsiTestSupport {

    @Test
    void namesComeFromTheSdeAndTheLedger() {
        get("/characters/" + PILOT + "/wallet");
        esi.ledger().corporation(98000001L).name("EVESeat Holdings");

        List<Map<String, Object>> names = list(client.send(
                "POST", "/universe/names", null, "[30000142, 60003760, 34, 1000035, 98000001, " + PILOT + "]"));

        assertThat(names)
                .containsExactly(
                        Map.of("category", "solar_system", "id", 30000142L, "name", "Jita"),
                        Map.of(
                                "category",
                                "station",
                                "id",
                                60003760L,
                                "name",
                                "Jita IV - Moon 4 - Caldari Navy Assembly Plant"),
                        Map.of("category", "inventory_type", "id", 34L, "name", "Tritanium"),
                        Map.of("category", "corporation", "id", 1000035L, "name", "Caldari Navy"),
                        Map.of("category", "corporation", "id", 98000001L, "name", "EVESeat Holdings"),
                        Map.of("category", "character", "id", PILOT, "name", FakeNames.pilot(PILOT)));
        assertThat(client.send("POST", "/universe/names", null, "[123456789]").statusCode())
                .isEqualTo(404);
    }

    @Test
    void idsMadeBefore2010AreNamedWhenTheServedKillmailTellsWhatTheyAre() {
        List<Map<String, Object>> names =
                list(client.send("POST", "/universe/names", null, "[1466390582, 795045209, 99008228]"));

        assertThat(names)
                .containsExactly(
                        Map.of("category", "character", "id", 1466390582L, "name", FakeNames.pilot(1466390582L)),
                        Map.of("category", "corporation", "id", 795045209L, "name", FakeNames.corporation(795045209L)),
                        Map.of("category", "alliance", "id", 99008228L, "name", FakeNames.alliance(99008228L)));
    }

    @Test
    void idsAreFoundByName() {
        Map<String, Object> ids = object(client.send(
                "POST", "/universe/ids", null, "[\"jita\", \"The Forge\", \"Tritanium\", \"Nobody at all\"]"));

        assertThat(ids).containsOnlyKeys("systems", "regions", "inventory_types");
        assertThat(ids.get("systems")).isEqualTo(List.of(Map.of("id", 30000142L, "name", "Jita")));
    }

    @Test
    void systemsCarryTheirSdeFacts() {
        Map<String, Object> jita = object(client.get("/universe/systems/30000142", null));

        assertThat(jita)
                .containsEntry("name", "Jita")
                .containsEntry("constellation_id", 20000020L)
                .containsEntry("security_class", "B")
                .containsKey("position");
        assertThat(jita.get("stations")).asList().contains(60003760L);
        assertThat(list(client.get("/universe/system_jumps", null))).hasSizeGreaterThan(5000);
        assertThat(client.get("/universe/systems/123", null).statusCode()).isEqualTo(404);
    }
}
