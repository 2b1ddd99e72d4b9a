package org.eveseat.adapter.batch.scheduler;

import static org.eveseat.adapter.batch.scheduler.SyncRunner.ofCharacter;
import static org.eveseat.adapter.batch.scheduler.SyncRunner.ofCorporation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eveseat.domain.market.port.in.SyncCharacterOrdersUseCase;
import org.eveseat.domain.market.port.in.SyncCorporationOrdersUseCase;
import org.eveseat.domain.sync.model.SyncEndpoint;

/** The runners of the players' own market orders: a character's with its token, a corporation's with a member's. */
@ApplicationScoped
public class MarketOrderSyncRunners {
    @Produces
    SyncRunner characterOrders(SyncCharacterOrdersUseCase useCase) {
        return ofCharacter(SyncEndpoint.MARKET_ORDERS, useCase::sync);
    }

    @Produces
    SyncRunner corporationOrders(SyncCorporationOrdersUseCase useCase) {
        return ofCorporation(SyncEndpoint.CORPORATION_MARKET_ORDERS, useCase::sync);
    }
}
