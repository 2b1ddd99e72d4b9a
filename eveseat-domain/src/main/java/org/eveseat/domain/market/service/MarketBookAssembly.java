package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.Wiring;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
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
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketCatalogueEsi;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * Builds the region order books (the snapshot walk of the sync, the book and change reads, the kept regions) and the
 * kept structure markets (their list, sync and suggestions).
 */
public final class MarketBookAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(StartBookWalkUseCase.class, wiring -> new StartBookWalkService(wiring.get(RegionBookEsi.class),
                wiring.get(BookSnapshotRepository.class), wiring.settings().clock()));
        catalogue.add(StoreBookPagesUseCase.class, wiring -> new StoreBookPagesService(
                wiring.get(RegionBookEsi.class), wiring.get(BookSnapshotRepository.class), wiring.settings().clock()));
        catalogue.add(PublishBookUseCase.class, wiring -> new PublishBookService(
                wiring.get(BookSnapshotRepository.class), wiring.get(MarketBook.class), wiring.get(EventPublisher.class),
                wiring.settings().clock(), wiring.get(HubLadders.class)));
        catalogue.add(ResolveBookScopeQuery.class, wiring -> new ResolveBookScopeService(wiring.get(StaticData.class),
                wiring.get(BookSnapshotRepository.class), wiring.get(StructureMarketRepository.class)::find));
        catalogue.add(OrderBookQuery.class, wiring -> new ReadOrderBookService(wiring.get(MarketBook.class),
                stationBooks(wiring), wiring.get(StaticData.class), wiring.get(StructureMarketRepository.class)::find));
        catalogue.add(OrderChangesQuery.class, wiring -> new ReadOrderChangesService(wiring.get(MarketBook.class),
                wiring.get(StaticData.class)));
        catalogue.add(MarketRegionsQuery.class, wiring -> new MarketRegionsService(
                wiring.get(MarketRegionRepository.class), wiring.get(MarketBook.class), wiring.get(StaticData.class)));
        catalogue.add(ChangeMarketRegionsUseCase.class, wiring -> new ChangeMarketRegionsService(
                wiring.get(MarketRegionRepository.class), wiring.get(MarketRegionsQuery.class),
                wiring.get(StaticData.class)));
        addStructures(catalogue);
    }

    private static void addStructures(ServiceCatalogue catalogue) {
        catalogue.add(StructureMarketsQuery.class, wiring -> new StructureMarketsService(
                wiring.get(StructureMarketRepository.class)));
        catalogue.add(StructureSuggestionsQuery.class, wiring -> new StructureSuggestionsService(
                wiring.get(StructureMarketRepository.class), wiring.get(StaticData.class)));
        catalogue.add(ChangeStructureMarketsUseCase.class, wiring -> new ChangeStructureMarketsService(
                wiring.get(StructureMarketRepository.class)));
        catalogue.add(SyncStructureMarketUseCase.class, wiring -> new SyncStructureMarketService(
                wiring.get(StructureMarketRepository.class), wiring.get(SyncableCharactersQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MarketCatalogueEsi.class),
                wiring.get(UniverseCatalogueEsi.class), wiring.get(StaticData.class), wiring.get(NameRepository.class),
                wiring.settings().clock()));
    }

    /** The stored station books, where a kept structure's own orders join its region's. */
    static StationBooks stationBooks(Wiring wiring) {
        return new StructureStationBooks(wiring.get(StationBooks.class), wiring.get(StructureMarketRepository.class));
    }
}
