package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eveseat.domain.market.port.in.SyncStructureMarketUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * The runner of the kept structure markets: a plain sync, not a batch job, since a structure holds thousands of
 * orders where a region holds hundreds of thousands. The use case picks the character that may dock there.
 */
@ApplicationScoped
public class MarketStructureSyncRunners {
    @Produces
    SyncRunner structureMarket(SyncStructureMarketUseCase useCase) {
        return read(SyncEndpoint.MARKET_STRUCTURE, sync -> useCase.sync(sync.key().ownerId()));
    }
}
