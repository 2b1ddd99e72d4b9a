package org.eveseat.domain.killmail.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailValue;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

/** The value of a loss worked out by hand, as zKillboard splits it. */
class KillmailValuationTest {
    private static final TypeId DRAKE = new TypeId(24698);
    private static final TypeId LAUNCHER = new TypeId(2410);
    private static final TypeId MISSILES = new TypeId(209);
    private static final TypeId CONTAINER = new TypeId(3465);
    private static final TypeId PLEX = new TypeId(44992);
    private static final TypeId BLUEPRINT = new TypeId(1153);
    private static final TypeId NO_MARKET = new TypeId(33328);

    private final List<Collection<TypeId>> asked = new ArrayList<>();
    private final KillmailValuation valuation = new KillmailValuation(types -> {
        asked.add(types);
        return Map.of(DRAKE, price(DRAKE, "50000000.00"), LAUNCHER, price(LAUNCHER, "250000.50"),
                MISSILES, price(MISSILES, "100.25"), CONTAINER, price(CONTAINER, "15000.00"),
                PLEX, price(PLEX, "4000000.00"), BLUEPRINT, price(BLUEPRINT, "9000000.00"),
                NO_MARKET, new MarketPrice(NO_MARKET, null, Isk.of("12.00")));
    });

    @Test
    void theHullIsDestroyedAndEachItemCountsDroppedAndDestroyedApartContainersIncluded() {
        KillmailValue value = valuation.value(loss(List.of(
                item(LAUNCHER, 27, 3, 2, 1, List.of()),
                item(MISSILES, 5, 1000, 500, 0, List.of()),
                item(CONTAINER, 5, 0, 1, 1, List.of(item(PLEX, 0, 1, 1, 0, List.of()))),
                item(BLUEPRINT, 5, 1, 0, 2, List.of()),
                item(NO_MARKET, 5, 2, 0, 0, List.of()))));

        // destroyed: 3 x 250,000.50 + 1,000 x 100.25 + 1 x 4,000,000 (the copy and the unpriced type count nothing)
        assertThat(value.destroyed()).isEqualTo(Isk.of("4850251.50"));
        // dropped: 2 x 250,000.50 + 500 x 100.25 + 1 x 15,000 + 1 x 4,000,000
        assertThat(value.dropped()).isEqualTo(Isk.of("4565126.00"));
        assertThat(value.ship()).isEqualTo(Isk.of("50000000.00"));
        assertThat(value.total()).isEqualTo(Isk.of("59415377.50"));
        assertThat(value.unitPrices()).containsEntry(PLEX, Isk.of("4000000.00")).doesNotContainKey(NO_MARKET);
        assertThat(value.unpricedTypes()).isEqualTo(1);
        assertThat(asked).as("all prices in one read").hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrder(DRAKE, LAUNCHER, MISSILES, CONTAINER, PLEX, BLUEPRINT,
                NO_MARKET);
    }

    @Test
    void withoutPricesALossIsWorthNothingAndSaysHowManyTypesLackOne() {
        KillmailValue value = new KillmailValuation(types -> Map.of()).value(loss(List.of(
                item(LAUNCHER, 27, 1, 0, 1, List.of()))));

        assertThat(value.total()).isEqualTo(Isk.of("0"));
        assertThat(value.unpricedTypes()).isEqualTo(2);
    }

    private static Killmail loss(List<Killmail.Item> items) {
        return new Killmail(1L, Instant.parse("2026-12-07T12:00:00Z"), new SolarSystemId(30000142), null, null,
                new Killmail.Victim(new Combatant(new CharacterId(2112625428L), new CorporationId(98000001L), null,
                        null), DRAKE, 5000, null, items),
                List.of(new Killmail.Attacker(Combatant.NOBODY, new TypeId(34317), null, 5000, true, 0.0)));
    }

    private static Killmail.Item item(TypeId type, int flag, long destroyed, long dropped, int singleton,
                                      List<Killmail.Item> contents) {
        return new Killmail.Item(type, flag, destroyed, dropped, singleton, contents);
    }

    private static MarketPrice price(TypeId type, String average) {
        return new MarketPrice(type, Isk.of(average), Isk.of(average));
    }
}
