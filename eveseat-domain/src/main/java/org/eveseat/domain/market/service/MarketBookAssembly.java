package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.port.in.ChangeMarketRegionsUseCase;
import org.eveseat.domain.market.port.in.MarketRegionsQuery;
import org.eveseat.domain.market.port.in.OrderBookQuery;
import org.eveseat.domain.market.port.in.OrderChangesQuery;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.market.port.in.ResolveBookScopeQuery;
import org.eveseat.domain.market.port.in.StartBookWalkUseCase;
import org.eveseat.domain.market.port.in.StoreBookPagesUseCase;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.universe.port.out.StaticData;

/** Builds the region order books: the snapshot walk of the sync, the book and change reads, the kept regions. */
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
                wiring.get(BookSnapshotRepository.class)));
        catalogue.add(OrderBookQuery.class, wiring -> new ReadOrderBookService(wiring.get(MarketBook.class),
                wiring.get(StationBooks.class), wiring.get(StaticData.class)));
        catalogue.add(OrderChangesQuery.class, wiring -> new ReadOrderChangesService(wiring.get(MarketBook.class),
                wiring.get(StaticData.class)));
        catalogue.add(MarketRegionsQuery.class, wiring -> new MarketRegionsService(
                wiring.get(MarketRegionRepository.class), wiring.get(MarketBook.class), wiring.get(StaticData.class)));
        catalogue.add(ChangeMarketRegionsUseCase.class, wiring -> new ChangeMarketRegionsService(
                wiring.get(MarketRegionRepository.class), wiring.get(MarketRegionsQuery.class),
                wiring.get(StaticData.class)));
    }
}
