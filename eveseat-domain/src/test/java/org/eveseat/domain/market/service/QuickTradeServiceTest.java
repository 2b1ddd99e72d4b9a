package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.MarketFixtures.buy;
import static org.eveseat.domain.market.MarketFixtures.sell;
import static org.eveseat.domain.market.PricingStaticData.LARGE_SHIELD_EXTENDER_II;
import static org.eveseat.domain.market.PricingStaticData.PYERITE;
import static org.eveseat.domain.market.PricingStaticData.RIFTER;
import static org.eveseat.domain.market.PricingStaticData.TRITANIUM;

import java.util.List;

import org.eveseat.domain.market.model.HubQuote;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.QuickTrade;
import org.eveseat.domain.market.model.QuickTradeLine;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

/** EVE's list formats, and totals walked through each hub's book by hand. */
class QuickTradeServiceTest {
    private final PricingFixture fixture = new PricingFixture();

    @Test
    void readsMultibuyLinesInEveryWayTheClientWritesThem() {
        QuickTrade trade = fixture.quickTrade().quote("""
                Tritanium 1000
                Pyerite x2,500
                tritanium x 1.000
                3 Large Shield Extender II
                Rifter
                Large Shield Extender II 1 000
                Plutonium Rods 12
                """);

        assertThat(trade.lines()).containsExactly(new QuickTradeLine(TRITANIUM, "Tritanium", 2000),
                new QuickTradeLine(PYERITE, "Pyerite", 2500),
                new QuickTradeLine(LARGE_SHIELD_EXTENDER_II, "Large Shield Extender II", 1003),
                new QuickTradeLine(RIFTER, "Rifter", 1));
        assertThat(trade.unknown()).containsExactly("Plutonium Rods 12");
    }

    @Test
    void readsRowsCopiedFromAnInventoryWithTheirColumns() {
        QuickTrade trade = fixture.quickTrade().quote("Tritanium\t12,345\tMineral\t\t\t123.45 m3\t61,725.00 ISK\n"
                + "Rifter\t\tFrigate\tShip\t\t27,289 m3\t500,000.00 ISK\n"
                + "Pyerite\t1 234\tMineral\n"
                + "Nothing Real\t5\tMineral\n");

        assertThat(trade.lines()).containsExactly(new QuickTradeLine(TRITANIUM, "Tritanium", 12_345),
                new QuickTradeLine(RIFTER, "Rifter", 1), new QuickTradeLine(PYERITE, "Pyerite", 1_234));
        assertThat(trade.unknown()).containsExactly("Nothing Real\t5\tMineral");
    }

    @Test
    void totalsEachHubThroughItsBookAndSaysWhatIsMissing() {
        fixture.book.replace(TradeHub.JITA.regionId(), List.of(sell(TradeHub.JITA, 34, "5.00", 600),
                sell(TradeHub.JITA, 34, "5.20", 300), buy(TradeHub.JITA, 34, "4.80", 700),
                minimum(buy(TradeHub.JITA, 34, "4.90", 5000), 2000), sell(TradeHub.JITA, 35, "10.00", 5000),
                buy(TradeHub.JITA, 35, "9.00", 5000)));
        fixture.book.replace(TradeHub.AMARR.regionId(), List.of(sell(TradeHub.AMARR, 34, "6.00", 5000)));

        QuickTrade trade = fixture.quickTrade().quote("Tritanium 1000\nPyerite 100");

        HubQuote jita = hub(trade, TradeHub.JITA);
        // buy: 600 x 5.00 + 300 x 5.20 = 4560, 100 Tritanium missing; + 100 x 10.00 Pyerite
        assertThat(jita.buyTotal()).isEqualTo(Isk.of("5560.00"));
        assertThat(jita.missing()).containsExactly(new QuickTradeLine(TRITANIUM, "Tritanium", 100));
        // sell: the 4.90 order wants at least 2000, so 700 x 4.80 = 3360, 300 unsold; + 100 x 9.00 Pyerite
        assertThat(jita.sellTotal()).isEqualTo(Isk.of("4260.00"));
        assertThat(jita.unsold()).containsExactly(new QuickTradeLine(TRITANIUM, "Tritanium", 300));
        HubQuote amarr = hub(trade, TradeHub.AMARR);
        assertThat(amarr.buyTotal()).isEqualTo(Isk.of("6000.00"));
        assertThat(amarr.missing()).containsExactly(new QuickTradeLine(PYERITE, "Pyerite", 100));
        assertThat(amarr.sellTotal()).isEqualTo(Isk.of("0.00"));
        assertThat(hub(trade, TradeHub.HEK).missing()).hasSize(2);
        assertThat(trade.hubs()).extracting(HubQuote::hub).containsExactlyElementsOf(TradeHub.ALL);
    }

    @Test
    void sellsIntoBuyOrdersWhoseRangeReachesTheHub() {
        SolarSystemId perimeter = new SolarSystemId(30000144);
        fixture.book.replace(TradeHub.JITA.regionId(), List.of(
                elsewhere(buy(TradeHub.JITA, 34, "5.10", 100), OrderRange.REGION, perimeter),
                elsewhere(buy(TradeHub.JITA, 34, "5.30", 100), OrderRange.STATION, perimeter),
                elsewhere(buy(TradeHub.JITA, 34, "5.20", 100), OrderRange.SOLAR_SYSTEM, TradeHub.JITA.systemId()),
                buy(TradeHub.JITA, 34, "4.00", 1000)));

        HubQuote jita = hub(fixture.quickTrade().quote("Tritanium 300"), TradeHub.JITA);

        // 100 x 5.20 (in Jita's system) + 100 x 5.10 (region wide) + 100 x 4.00; Perimeter's station order cannot
        assertThat(jita.sellTotal()).isEqualTo(Isk.of("1430.00"));
    }

    @Test
    void refusesListsLongerThanTheLimit() {
        assertThatThrownBy(() -> fixture.quickTrade().quote("Tritanium 1\n".repeat(501)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 500 lines");
        assertThat(fixture.quickTrade().quote("  \n\n").lines()).isEmpty();
        String longLine = "Tritanium" + " 1".repeat(50_000);
        assertThat(fixture.quickTrade().quote(longLine).unknown()).as("not matched, at once").containsExactly(longLine);
    }

    private static HubQuote hub(QuickTrade trade, TradeHub hub) {
        return trade.hubs().stream().filter(quote -> quote.hub().equals(hub)).findFirst().orElseThrow();
    }

    private static MarketOrder elsewhere(MarketOrder order, OrderRange range, SolarSystemId system) {
        return new MarketOrder(order.orderId(), order.typeId(), true, order.price(), order.volumeRemain(),
                order.volumeTotal(), 1, range, 60_000_001 + system.value() % 1000, system, order.issued(),
                order.duration());
    }

    private static MarketOrder minimum(MarketOrder order, long minVolume) {
        return new MarketOrder(order.orderId(), new TypeId(order.typeId().value()), true, order.price(),
                order.volumeRemain(), order.volumeTotal(), minVolume, OrderRange.STATION, order.locationId(),
                order.systemId(), order.issued(), order.duration());
    }
}
