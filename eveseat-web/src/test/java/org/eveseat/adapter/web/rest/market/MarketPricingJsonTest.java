package org.eveseat.adapter.web.rest.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.json.Jsonp.JSON;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eveseat.domain.market.model.AppliedTaxes;
import org.eveseat.domain.market.model.HubQuote;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.model.QuickTrade;
import org.eveseat.domain.market.model.QuickTradeLine;
import org.eveseat.domain.market.model.TaxSource;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class MarketPricingJsonTest {
    @Test
    void aCalculationBodyDefaultsToBuyingAtOnceAndSellingByOrder() {
        ProfitCalculationCommand command = ProfitRequests.calculation("{\"typeId\": 34, \"buyStationId\": 60003760, "
                + "\"sellStationId\": 60008494, \"quantity\": 1000, \"salesTaxPercent\": 3.6}");

        assertThat(command).isEqualTo(new ProfitCalculationCommand(new TypeId(34), 60003760, 60008494, 1000, null,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, new BigDecimal("3.6")));
    }

    @Test
    void badCalculationBodiesNameTheField() {
        for (Map.Entry<String, String> bad : Map.of(
                "{\"buyStationId\": 1, \"sellStationId\": 1, \"quantity\": 1}", "typeId",
                "{\"typeId\": 34, \"buyStationId\": 1, \"sellStationId\": 1, \"quantity\": 1.5}", "quantity",
                "{\"typeId\": 34, \"buyStationId\": 1, \"sellStationId\": 1, \"quantity\": 1, \"sellAs\": 2}", "sellAs",
                "{\"typeId\": 34, \"buyStationId\": 1, \"sellStationId\": 1, \"quantity\": 1, \"brokerFeePercent\": 101}",
                "brokerFeePercent", "[1]", "request body").entrySet()) {
            assertThatThrownBy(() -> ProfitRequests.calculation(bad.getKey())).as(bad.getKey())
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining(bad.getValue());
        }
        assertThatThrownBy(() -> ProfitRequests.text("{\"text\": \"" + "x".repeat(200_001) + "\"}"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 200000");
    }

    @Test
    void writesIskWithCentsAndRatesPlainly() {
        ProfitCalculation result = new ProfitCalculation(Isk.of("5"), Isk.of("6"), Isk.of("84.6"), Isk.of("268.8"),
                Isk.of("0.65"), new BigDecimal("10.78"), Isk.of("646.6"), null, null, null, new AppliedTaxes(
                new BigDecimal("1.5"), new BigDecimal("1.410"), new BigDecimal("4.48"), new BigDecimal("0.423"),
                TaxSource.CHARACTER));

        JsonObject json = MarketPricingJson.calculation(result, 1000, JSON.createObjectBuilder().add("typeId", 34));

        assertThat(json.toString()).contains("\"buyPrice\":5.00", "\"profit\":646.60", "\"margin\":10.78",
                "\"profitPerM3\":null", "\"dailyVolume\":null", "\"brokerFeePercent\":1.41", "\"source\":\"character\"");
    }

    @Test
    void aQuickTradeListsEveryHubWithWhatIsMissing() {
        QuickTradeLine tritanium = new QuickTradeLine(new TypeId(34), "Tritanium", 1000);
        QuickTrade trade = new QuickTrade(List.of(tritanium), List.of("Nothing 3"), List.of(new HubQuote(TradeHub.JITA,
                Isk.of("4560"), Isk.of("3360"), List.of(new QuickTradeLine(new TypeId(34), "Tritanium", 100)),
                List.of())));

        JsonObject json = MarketPricingJson.quickTrade(trade);

        assertThat(json.getJsonArray("hubs").getJsonObject(0).toString()).contains("\"stationId\":60003760",
                "\"regionName\":\"The Forge\"", "\"buyTotal\":4560.00", "\"missing\":[{\"typeId\":34,\"typeName\":"
                        + "\"Tritanium\",\"quantity\":100}]", "\"unsold\":[]");
        assertThat(json.getJsonArray("unknown").getString(0)).isEqualTo("Nothing 3");
        assertThat(MarketPricingJson.hubs()).hasSize(5);
    }
}
