package org.eveseat.domain.market.service;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.port.in.ProfitCalculationCommand;
import org.eveseat.domain.market.port.in.ProfitCalculatorQuery;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * Prices each side from the station's stored book (buying at once takes the cheapest sell order, buying by order
 * matches the best buy order; selling the other way round), the rates from {@link FeeRates}, and the type's daily
 * volume from the selling region's history of the last {@link #VOLUME_DAYS} days. A side with no order to price
 * it by is a conflict: there is nothing to calculate with.
 */
public class CalculateProfitService implements ProfitCalculatorQuery {
    static final int VOLUME_DAYS = 30;

    private final CharacterVisibilityQuery visibility;
    private final MarketPlaces places;
    private final StationOrders book;
    private final FeeRates fees;
    private final HistoryCache histories;

    CalculateProfitService(CharacterVisibilityQuery visibility, MarketPlaces places, StationOrders book, FeeRates fees,
                           HistoryCache histories) {
        this.visibility = visibility;
        this.places = places;
        this.book = book;
        this.fees = fees;
        this.histories = histories;
    }

    @Override
    public ProfitCalculation calculate(Viewer viewer, ProfitCalculationCommand command) {
        if (command.characterId() != null) {
            visibility.requireVisible(viewer, command.characterId());
        }
        StaticType type = places.type(command.typeId());
        SystemPlace buyAt = places.station(command.buyStationId());
        SystemPlace sellAt = places.station(command.sellStationId());
        Isk buyPrice = price(type, buyAt.regionId(), command.buyStationId(), command.buyAs() == TradeMode.IMMEDIATE);
        Isk sellPrice = price(type, sellAt.regionId(), command.sellStationId(), command.sellAs() == TradeMode.ORDER);
        return ProfitArithmetic.calculate(buyPrice, command.buyAs(), sellPrice, command.sellAs(), command.quantity(),
                type.cargoVolume(), dailyVolume(sellAt.regionId(), command.typeId()), fees.rates(command));
    }

    private Isk price(StaticType type, RegionId regionId, long stationId, boolean fromSellOrders) {
        StationOrders.Sides sides = book.of(type.id(), regionId, stationId);
        List<MarketOrder> side = fromSellOrders ? sides.sells() : sides.buys();
        if (side.isEmpty()) {
            throw new ConflictException("no " + (fromSellOrders ? "sell" : "buy") + " orders of " + type.name()
                    + " at station " + stationId + " to price the trade by");
        }
        return side.get(0).price();
    }

    private OptionalLong dailyVolume(RegionId regionId, TypeId typeId) {
        try {
            return histories.history(regionId, typeId).averageDailyVolume(VOLUME_DAYS);
        } catch (DomainException e) {
            return OptionalLong.empty();
        }
    }
}
