package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.MarketFixtures.buy;
import static org.eveseat.domain.market.MarketFixtures.sell;
import static org.eveseat.domain.market.PricingStaticData.RIFTER;
import static org.eveseat.domain.market.PricingStaticData.TRITANIUM;
import static org.eveseat.domain.market.service.PricingFixture.NOW;
import static org.eveseat.domain.market.service.PricingFixture.OWNER;
import static org.eveseat.domain.market.service.PricingFixture.PILOT;
import static org.eveseat.domain.market.service.PricingFixture.STRANGER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.character.model.StandingSource;
import org.eveseat.domain.market.FakeMarketEsi;
import org.eveseat.domain.market.PricingStaticData;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.model.TaxSource;
import org.eveseat.domain.market.model.TradeFees;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hand-computed trades; the sums are written out beside each expectation. */
class CalculateProfitServiceTest {
    private final PricingFixture fixture = new PricingFixture();

    @BeforeEach
    void books() {
        fixture.book.replace(TradeHub.JITA.regionId(), List.of(sell(TradeHub.JITA, 34, "5.00", 10_000),
                sell(TradeHub.JITA, 34, "5.10", 10_000), buy(TradeHub.JITA, 34, "4.50", 10_000),
                sell(TradeHub.JITA, 587, "500000.00", 10)));
        fixture.book.replace(TradeHub.AMARR.regionId(), List.of(sell(TradeHub.AMARR, 34, "6.00", 5_000),
                buy(TradeHub.AMARR, 34, "5.50", 500), buy(TradeHub.AMARR, 34, "5.40", 5_000),
                buy(TradeHub.AMARR, 587, "600000.00", 10)));
        fixture.esi.history(TradeHub.AMARR.regionId(), TRITANIUM, FakeMarketEsi.fresh(List.of(
                day("2026-12-04", 600), day("2026-12-06", 900)), NOW.plusSeconds(3600)));
        fixture.esi.history(TradeHub.JITA.regionId(), TRITANIUM, new UpstreamUnavailableException("ESI is down"));
        fixture.esi.history(TradeHub.AMARR.regionId(), RIFTER, FakeMarketEsi.fresh(List.of(), NOW.plusSeconds(60)));
        fixture.skillsAnswer = new EsiResult.Fresh<>(new CharacterSkills(List.of(
                new Skill(TradeSkills.ACCOUNTING, 181_020, 4, 4), new Skill(TradeSkills.BROKER_RELATIONS, 256_000, 5, 5),
                new Skill(TradeSkills.ADVANCED_BROKER_RELATIONS, 181_020, 4, 4)), 5_000_000, 0), NOW.plusSeconds(60));
        fixture.standingsAnswer = new EsiResult.Fresh<>(List.of(
                new Standing(PricingStaticData.AMARR_EMPIRE, StandingSource.FACTION, 2.0),
                new Standing(PricingStaticData.EMPEROR_FAMILY, StandingSource.NPC_CORP, 1.5),
                new Standing(3008416, StandingSource.AGENT, 9.0)), NOW.plusSeconds(3600));
    }

    @Test
    void haulsFromJitaToAnAmarrSellOrderWithThePilotsSkillsAndStandings() {
        ProfitCalculation result = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 1000, PILOT,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, null));

        // broker fee at Amarr: 3 - 0.3 x 5 - 0.03 x 2.0 - 0.02 x 1.5 = 1.41 %; sales tax 8 x (1 - 0.11 x 4) = 4.48 %
        assertThat(result.taxes().sellBrokerFeePercent()).isEqualByComparingTo("1.41");
        assertThat(result.taxes().buyBrokerFeePercent()).as("no standings at Jita").isEqualByComparingTo("1.5");
        assertThat(result.taxes().salesTaxPercent()).isEqualByComparingTo("4.48");
        assertThat(result.taxes().relistFeePercent()).as("1.41 x (0.5 - 0.05 x 4)").isEqualByComparingTo("0.423");
        assertThat(result.taxes().source()).isEqualTo(TaxSource.CHARACTER);
        assertThat(result.buyPrice()).as("cheapest sell at Jita").isEqualTo(Isk.of("5.00"));
        assertThat(result.sellPrice()).as("matching Amarr's cheapest sell").isEqualTo(Isk.of("6.00"));
        assertThat(result.brokerFee()).as("6000 x 1.41 %").isEqualTo(Isk.of("84.60"));
        assertThat(result.salesTax()).as("6000 x 4.48 %").isEqualTo(Isk.of("268.80"));
        assertThat(result.profit()).as("6000 - 5000 - 84.60 - 268.80").isEqualTo(Isk.of("646.60"));
        assertThat(result.profitPerUnit()).as("0.6466").isEqualTo(Isk.of("0.65"));
        assertThat(result.marginPercent()).as("646.60 / 6000").isEqualByComparingTo("10.78");
        assertThat(result.profitPerM3()).as("0.6466 / 0.01 m3").isEqualTo(Isk.of("64.66"));
        assertThat(result.dailyVolume()).as("1500 units over the 3 days 4-6 December").isEqualTo(500);
        assertThat(result.profitPerDay()).as("0.6466 x 500").isEqualTo(Isk.of("323.30"));
    }

    @Test
    void stationTradesInJitaByOrdersOnBothSidesAtTheDefaultRates() {
        ProfitCalculation result = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.JITA, 100, null,
                TradeMode.ORDER, TradeMode.ORDER, null, null));

        assertThat(result.buyPrice()).as("the best buy order").isEqualTo(Isk.of("4.50"));
        assertThat(result.sellPrice()).as("the best sell order").isEqualTo(Isk.of("5.00"));
        assertThat(result.taxes().source()).isEqualTo(TaxSource.DEFAULT);
        assertThat(result.brokerFee()).as("3 % of 450 and of 500").isEqualTo(Isk.of("28.50"));
        assertThat(result.salesTax()).as("8 % of 500").isEqualTo(Isk.of("40.00"));
        assertThat(result.profit()).as("500 - 450 - 28.50 - 40").isEqualTo(Isk.of("-18.50"));
        assertThat(result.profitPerUnit()).as("-0.185, to the even cent").isEqualTo(Isk.of("-0.18"));
        assertThat(result.marginPercent()).isEqualByComparingTo("-3.70");
        assertThat(result.dailyVolume()).as("ESI down and nothing stored").isNull();
        assertThat(result.profitPerDay()).isNull();
    }

    @Test
    void tradeRoutesCountTheSameDefaultRatesAsTheCalculator() {
        ProfitCalculation result = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 1, null,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, null));
        TradeFees routes = TradeRouteSearch.between(null, null).fees();

        assertThat(result.taxes().source()).isEqualTo(TaxSource.DEFAULT);
        assertThat(routes.salesTaxPercent()).as("CCP's base rate, 8 %").isEqualByComparingTo("8")
                .isEqualByComparingTo(result.taxes().salesTaxPercent());
        assertThat(routes.brokerFeePercent()).isEqualByComparingTo("3")
                .isEqualByComparingTo(result.taxes().sellBrokerFeePercent());
    }

    @Test
    void typedRatesWinOverTheCharacters() {
        ProfitCalculation result = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 200, PILOT,
                TradeMode.IMMEDIATE, TradeMode.IMMEDIATE, new BigDecimal("2.5"), new BigDecimal("4")));

        assertThat(result.taxes().source()).isEqualTo(TaxSource.TYPED);
        assertThat(result.sellPrice()).as("Amarr's best buy order").isEqualTo(Isk.of("5.50"));
        assertThat(result.brokerFee()).as("no order placed").isEqualTo(Isk.of("0.00"));
        assertThat(result.salesTax()).as("4 % of 1100").isEqualTo(Isk.of("44.00"));
        assertThat(result.profit()).as("1100 - 1000 - 44").isEqualTo(Isk.of("56.00"));
        assertThat(result.marginPercent()).isEqualByComparingTo("5.09");
    }

    @Test
    void shipsCountTheirPackagedVolume() {
        ProfitCalculation result = calculate(command(RIFTER, TradeHub.JITA, TradeHub.AMARR, 1, null,
                TradeMode.IMMEDIATE, TradeMode.IMMEDIATE, null, null));

        assertThat(result.profit()).as("600000 - 500000 - 8 % of 600000").isEqualTo(Isk.of("52000.00"));
        assertThat(result.profitPerM3()).as("52000 / 2500 m3 packaged").isEqualTo(Isk.of("20.80"));
        assertThat(result.dailyVolume()).as("no trades in the history").isNull();
    }

    @Test
    void usesTheStoredSkillsWhenEsiHasNothingNew() {
        calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 1, PILOT, TradeMode.IMMEDIATE,
                TradeMode.ORDER, null, null));
        fixture.skillsAnswer = new EsiResult.NotDue<>(NOW.plusSeconds(60));
        fixture.standingsAnswer = new UpstreamUnavailableException("ESI is down");

        ProfitCalculation again = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 1, PILOT,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, null));

        assertThat(again.taxes().source()).isEqualTo(TaxSource.CHARACTER);
        assertThat(again.taxes().sellBrokerFeePercent()).isEqualByComparingTo("1.41");
    }

    @Test
    void aCharacterNeverReadFallsBackToTheDefaults() {
        fixture.skillsAnswer = new UpstreamUnavailableException("ESI is down");
        fixture.standingsAnswer = new UpstreamUnavailableException("ESI is down");

        ProfitCalculation result = calculate(command(TRITANIUM, TradeHub.JITA, TradeHub.AMARR, 1, PILOT,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, null));

        assertThat(result.taxes().source()).isEqualTo(TaxSource.DEFAULT);
        assertThat(result.taxes().sellBrokerFeePercent()).isEqualByComparingTo("3");
        assertThat(result.taxes().salesTaxPercent()).isEqualByComparingTo("8");
    }

    @Test
    void refusesWhatCannotBeCalculated() {
        assertThatThrownBy(() -> fixture.calculator().calculate(STRANGER, command(TRITANIUM, TradeHub.JITA,
                TradeHub.AMARR, 1, PILOT, TradeMode.IMMEDIATE, TradeMode.ORDER, null, null)))
                .as("someone else's pilot").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calculate(command(new TypeId(999_999_999), TradeHub.JITA, TradeHub.AMARR, 1, null,
                TradeMode.IMMEDIATE, TradeMode.ORDER, null, null))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> calculate(new ProfitCalculationCommand(TRITANIUM, 60_000_001, TradeHub.AMARR
                .stationId(), 1, null, TradeMode.IMMEDIATE, TradeMode.ORDER, null, null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("station 60000001");
        assertThatThrownBy(() -> calculate(command(RIFTER, TradeHub.AMARR, TradeHub.JITA, 1, null,
                TradeMode.IMMEDIATE, TradeMode.IMMEDIATE, null, null))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no sell orders of Rifter");
    }

    private ProfitCalculation calculate(ProfitCalculationCommand command) {
        return fixture.calculator().calculate(OWNER, command);
    }

    private static ProfitCalculationCommand command(TypeId type, TradeHub from, TradeHub to, long quantity,
                                                    CharacterId character, TradeMode buyAs, TradeMode sellAs,
                                                    BigDecimal brokerFee, BigDecimal salesTax) {
        return new ProfitCalculationCommand(type, from.stationId(), to.stationId(), quantity, character, buyAs, sellAs,
                brokerFee, salesTax);
    }

    private static MarketHistoryDay day(String date, long volume) {
        return new MarketHistoryDay(LocalDate.parse(date), Isk.of("5.80"), Isk.of("6.10"), Isk.of("5.50"), volume, 40);
    }
}
