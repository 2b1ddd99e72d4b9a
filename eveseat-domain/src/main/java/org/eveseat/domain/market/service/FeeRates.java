package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.util.Optional;

import org.eveseat.domain.market.model.AppliedTaxes;
import org.eveseat.domain.market.model.MarketTaxes;
import org.eveseat.domain.market.model.TaxSource;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * The rates of one calculation: typed percentages win; otherwise the character's skills and its standings with
 * each station's owner corporation and faction; without a character (or one never read), untrained and neutral.
 */
final class FeeRates {
    private final TraderProfiles profiles;
    private final StaticData staticData;

    FeeRates(TraderProfiles profiles, StaticData staticData) {
        this.profiles = profiles;
        this.staticData = staticData;
    }

    AppliedTaxes rates(ProfitCalculationCommand command) {
        Optional<TraderProfile> profile = command.characterId() == null ? Optional.empty()
                : profiles.of(command.characterId());
        TraderProfile trader = profile.orElse(TraderProfile.NEUTRAL);
        BigDecimal typedFee = command.brokerFeePercent();
        BigDecimal buyFee = typedFee != null ? typedFee : brokerFee(trader, command.buyStationId());
        BigDecimal sellFee = typedFee != null ? typedFee : brokerFee(trader, command.sellStationId());
        BigDecimal tax = command.salesTaxPercent() != null ? command.salesTaxPercent()
                : MarketTaxes.salesTaxPercent(trader.skills().accounting());
        TaxSource source = typedFee != null || command.salesTaxPercent() != null ? TaxSource.TYPED
                : profile.isPresent() ? TaxSource.CHARACTER : TaxSource.DEFAULT;
        return new AppliedTaxes(buyFee, sellFee, tax,
                MarketTaxes.relistFeePercent(sellFee, trader.skills().advancedBrokerRelations()), source);
    }

    private BigDecimal brokerFee(TraderProfile trader, long stationId) {
        Optional<StationOwner> owner = staticData.stationOwner(stationId);
        double faction = owner.map(o -> trader.standingWith(o.factionId())).orElse(0.0);
        double corporation = owner.map(o -> trader.standingWith(o.corporationId())).orElse(0.0);
        return MarketTaxes.brokerFeePercent(trader.skills().brokerRelations(), faction, corporation);
    }
}
