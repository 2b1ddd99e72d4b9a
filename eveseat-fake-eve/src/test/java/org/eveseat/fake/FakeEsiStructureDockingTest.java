package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A structure answers its market and details only to characters its owner lets dock, as ESI does (403). */
class FakeEsiStructureDockingTest extends FakeEsiTestSupport {
    static final long TOWER = 1_035_466_617_946L;

    @Test
    void aCharacterRefusedDockingGetsForbiddenForTheMarketAndTheDetails() {
        esi.ledger().publicData().refuseDocking(TOWER, PILOT);

        var market = get("/markets/structures/" + TOWER);
        var details = get("/universe/structures/" + TOWER);

        assertThat(market.statusCode()).isEqualTo(403);
        assertThat(object(market)).containsEntry("error", "Forbidden");
        assertThat(details.statusCode()).isEqualTo(403);
    }

    @Test
    void anyOtherCharacterReadsTheMarketAndTheDetails() {
        esi.ledger().publicData().refuseDocking(TOWER, FRIEND);

        var market = get("/markets/structures/" + TOWER);

        assertThat(market.statusCode()).isEqualTo(200);
        assertThat(list(market)).isNotEmpty()
                .allSatisfy(order -> assertThat(order).containsEntry("location_id", TOWER));
        assertThat(object(get("/universe/structures/" + TOWER)))
                .containsEntry("name", "Perimeter - Tranquility Trading Tower");
    }
}
