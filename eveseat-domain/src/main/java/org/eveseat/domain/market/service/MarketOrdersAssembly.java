package org.eveseat.domain.market.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.port.in.OwnOrdersQuery;
import org.eveseat.domain.market.port.in.SyncCharacterOrdersUseCase;
import org.eveseat.domain.market.port.in.SyncCorporationOrdersUseCase;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketOrdersEsi;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.universe.port.out.StaticData;

/** Builds the players' own market orders: the character and corporation syncs and the read with positions. */
public final class MarketOrdersAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncCharacterOrdersUseCase.class, wiring -> new SyncCharacterOrdersService(
                wiring.get(AccessTokenQuery.class), wiring.get(MarketOrdersEsi.class),
                wiring.get(OwnOrderRepository.class), wiring.get(MarketBook.class), wiring.get(StaticData.class),
                wiring.get(AlertLog.class), wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(SyncCorporationOrdersUseCase.class, wiring -> new SyncCorporationOrdersService(
                wiring.get(AccessTokenQuery.class), wiring.get(MarketOrdersEsi.class),
                wiring.get(OwnOrderRepository.class), wiring.get(MarketBook.class), wiring.get(StaticData.class),
                wiring.get(AlertLog.class), wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(OwnOrdersQuery.class, wiring -> new OwnOrdersService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationRolesQuery.class), wiring.get(OwnOrderRepository.class),
                wiring.get(MarketBook.class), wiring.get(StaticData.class)));
    }
}
