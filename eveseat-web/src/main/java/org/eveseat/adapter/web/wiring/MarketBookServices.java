package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.market.port.in.ChangeMarketRegionsUseCase;
import org.eveseat.domain.market.port.in.ChangeStructureMarketsUseCase;
import org.eveseat.domain.market.port.in.MarketRegionsQuery;
import org.eveseat.domain.market.port.in.OrderBookQuery;
import org.eveseat.domain.market.port.in.OrderChangesQuery;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.market.port.in.ResolveBookScopeQuery;
import org.eveseat.domain.market.port.in.StartBookWalkUseCase;
import org.eveseat.domain.market.port.in.StoreBookPagesUseCase;
import org.eveseat.domain.market.port.in.StructureMarketsQuery;
import org.eveseat.domain.market.port.in.StructureSuggestionsQuery;
import org.eveseat.domain.market.port.in.SyncStructureMarketUseCase;

/**
 * The use cases of the region order books (the snapshot job's walk, the book and change reads, the kept regions) and
 * of the kept structure markets as CDI beans. {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class MarketBookServices {
    @Produces
    @Singleton
    StartBookWalkUseCase startBookWalk(EveSeatDomain domain) {
        return domain.get(StartBookWalkUseCase.class);
    }

    @Produces
    @Singleton
    StoreBookPagesUseCase storeBookPages(EveSeatDomain domain) {
        return domain.get(StoreBookPagesUseCase.class);
    }

    @Produces
    @Singleton
    PublishBookUseCase publishBook(EveSeatDomain domain) {
        return domain.get(PublishBookUseCase.class);
    }

    @Produces
    @Singleton
    ResolveBookScopeQuery resolveBookScope(EveSeatDomain domain) {
        return domain.get(ResolveBookScopeQuery.class);
    }

    @Produces
    @Singleton
    OrderBookQuery orderBook(EveSeatDomain domain) {
        return domain.get(OrderBookQuery.class);
    }

    @Produces
    @Singleton
    OrderChangesQuery orderChanges(EveSeatDomain domain) {
        return domain.get(OrderChangesQuery.class);
    }

    @Produces
    @Singleton
    MarketRegionsQuery marketRegions(EveSeatDomain domain) {
        return domain.get(MarketRegionsQuery.class);
    }

    @Produces
    @Singleton
    ChangeMarketRegionsUseCase changeMarketRegions(EveSeatDomain domain) {
        return domain.get(ChangeMarketRegionsUseCase.class);
    }

    @Produces
    @Singleton
    StructureMarketsQuery structureMarkets(EveSeatDomain domain) {
        return domain.get(StructureMarketsQuery.class);
    }

    @Produces
    @Singleton
    StructureSuggestionsQuery structureSuggestions(EveSeatDomain domain) {
        return domain.get(StructureSuggestionsQuery.class);
    }

    @Produces
    @Singleton
    ChangeStructureMarketsUseCase changeStructureMarkets(EveSeatDomain domain) {
        return domain.get(ChangeStructureMarketsUseCase.class);
    }

    @Produces
    @Singleton
    SyncStructureMarketUseCase syncStructureMarket(EveSeatDomain domain) {
        return domain.get(SyncStructureMarketUseCase.class);
    }
}
