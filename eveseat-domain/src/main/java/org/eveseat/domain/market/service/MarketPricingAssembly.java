package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.Wiring;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.out.StandingsEsi;
import org.eveseat.domain.market.port.in.MarketHistoryQuery;
import org.eveseat.domain.market.port.in.MarketPriceListQuery;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.market.port.in.ProfitCalculatorQuery;
import org.eveseat.domain.market.port.in.QuickTradeQuery;
import org.eveseat.domain.market.port.in.SyncHubHistoryUseCase;
import org.eveseat.domain.market.port.in.SyncMarketPricesUseCase;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.market.port.out.MarketHistoryRepository;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.market.port.out.TraderProfileRepository;
import org.eveseat.domain.skill.port.out.SkillEsi;
import org.eveseat.domain.universe.port.out.StaticData;

/** Builds market pricing: CCP's prices, price history, the profit calculator and quick trade. */
public final class MarketPricingAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncMarketPricesUseCase.class, wiring -> new SyncMarketPricesService(
                wiring.get(MarketEsi.class), wiring.get(MarketPriceRepository.class), wiring.settings().clock()));
        catalogue.add(MarketPricesQuery.class, wiring -> new ReadMarketPricesService(
                wiring.get(MarketPriceRepository.class)));
        catalogue.add(MarketPriceListQuery.class, wiring -> new ListMarketPricesService(
                wiring.get(MarketPriceRepository.class)));
        catalogue.add(MarketHistoryQuery.class, wiring -> new ReadMarketHistoryService(places(wiring),
                histories(wiring)));
        catalogue.add(SyncHubHistoryUseCase.class, wiring -> new SyncHubHistoryService(
                HubTypes.of(wiring.get(MarketBook.class), SyncHubHistoryService.TYPES_PER_HUB), histories(wiring),
                wiring.settings().clock()));
        catalogue.add(ProfitCalculatorQuery.class, wiring -> new CalculateProfitService(
                wiring.get(CharacterVisibilityQuery.class), places(wiring), stationOrders(wiring),
                new FeeRates(new TraderProfiles(wiring.get(AccessTokenQuery.class), wiring.get(SkillEsi.class),
                        wiring.get(StandingsEsi.class), wiring.get(TraderProfileRepository.class)),
                        wiring.get(StaticData.class)), histories(wiring)));
        catalogue.add(QuickTradeQuery.class, wiring -> new QuickTradeService(
                new ExactTypeNames(wiring.get(StaticData.class)), stationOrders(wiring)));
    }

    private static StationOrders stationOrders(Wiring wiring) {
        return new StationOrders(MarketBookAssembly.stationBooks(wiring), wiring.get(StaticData.class));
    }

    private static MarketPlaces places(Wiring wiring) {
        return new MarketPlaces(wiring.get(StaticData.class), wiring.get(StructureMarketRepository.class)::find);
    }

    private static HistoryCache histories(Wiring wiring) {
        return new HistoryCache(wiring.get(MarketEsi.class), wiring.get(MarketHistoryRepository.class),
                wiring.settings().clock());
    }
}
