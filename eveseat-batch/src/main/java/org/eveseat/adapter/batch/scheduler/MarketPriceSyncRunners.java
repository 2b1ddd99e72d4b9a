package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eveseat.domain.market.port.in.SyncHubHistoryUseCase;
import org.eveseat.domain.market.port.in.SyncMarketPricesUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;

/** The universe-wide market pricing syncs: CCP's prices, and the daily history of the hubs' most traded types. */
@ApplicationScoped
public class MarketPriceSyncRunners {
    @Produces
    SyncRunner marketPrices(SyncMarketPricesUseCase useCase) {
        return read(SyncEndpoint.MARKET_PRICES, sync -> useCase.sync());
    }

    @Produces
    SyncRunner hubHistory(SyncHubHistoryUseCase useCase) {
        return read(SyncEndpoint.MARKET_HUB_HISTORY, sync -> useCase.sync());
    }
}
