package org.eveseat.adapter.web.rest.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.market.model.TradeFees;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.model.TradeRouteSort;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.RouteFlag;

/** The trade route query's parameters: defaults, every one read, and what is refused with a 400. */
class TradeRouteParamsTest {
    @Test
    void nothingGivenMeansEveryHubUnlimitedDefaultFeesSecureRoutes() {
        TradeRouteSearch search = new TradeRouteParams().search();

        assertThat(search).isEqualTo(new TradeRouteSearch(null, null, null, null, Isk.of("0"), null,
                TradeMode.IMMEDIATE, TradeFees.DEFAULT, TradeRouteSort.PROFIT, 20, 100, RouteFlag.SECURE));
    }

    @Test
    void theDefaultFeesAreTheCalculatorsUntrainedRatesAndTheAnswerSaysSo() {
        TradeRouteParams params = new TradeRouteParams();
        params.brokerFeePercent = "";
        TradeRouteSearch search = params.search();

        assertThat(params.feesTyped()).isFalse();
        assertThat(TradeRouteJson.routes(List.of(), search.fees(), params.feesTyped(), "immediate")
                .getJsonObject("fees").toString())
                .isEqualTo("{\"brokerFeePercent\":3,\"salesTaxPercent\":8,\"source\":\"default\"}");
    }

    @Test
    void everyParameterIsRead() {
        TradeRouteParams params = new TradeRouteParams();
        params.from = "60003760";
        params.to = "60008494";
        params.cargo = "62500.5";
        params.isk = "1500000000";
        params.minProfit = "1000000";
        params.maxJumps = "30";
        params.mode = "order";
        params.sort = "iskPerJump";
        params.limit = "5";
        params.maxItems = "12";
        params.flag = "shortest";
        params.brokerFeePercent = "1.5";
        params.salesTaxPercent = "3.6";

        assertThat(params.search()).isEqualTo(new TradeRouteSearch(60003760L, 60008494L, 62500.5,
                Isk.of("1500000000"), Isk.of("1000000"), 30, TradeMode.ORDER,
                new TradeFees(new BigDecimal("1.5"), new BigDecimal("3.6")), TradeRouteSort.ISK_PER_JUMP, 5, 12,
                RouteFlag.SHORTEST));
        assertThat(params.feesTyped()).isTrue();
    }

    @Test
    void badValuesAreRuleViolations() {
        assertRefused(p -> p.from = "jita", "from");
        assertRefused(p -> p.cargo = "0", "cargo");
        assertRefused(p -> p.isk = "-1", "isk");
        assertRefused(p -> p.mode = "haul", "mode must be one of [immediate, order]");
        assertRefused(p -> p.sort = "profit_per_m3", "sort must be one of [profit, iskPerJump, profitPerM3]");
        assertRefused(p -> p.limit = "101", "limit");
        assertRefused(p -> p.maxItems = "1001", "maxItems");
        assertRefused(p -> p.maxJumps = "5000", "max jumps");
        assertRefused(p -> p.salesTaxPercent = "101", "sales tax");
        assertRefused(p -> p.flag = "safest", "flag");
        assertRefused(p -> {
            p.from = "60003760";
            p.to = "60003760";
        }, "same station");
    }

    private static void assertRefused(Consumer<TradeRouteParams> setting, String message) {
        TradeRouteParams params = new TradeRouteParams();
        setting.accept(params);
        assertThatThrownBy(params::search).isInstanceOf(RuleViolationException.class).hasMessageContaining(message);
    }
}
