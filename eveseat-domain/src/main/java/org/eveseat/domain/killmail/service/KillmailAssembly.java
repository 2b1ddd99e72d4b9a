package org.eveseat.domain.killmail.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.killmail.port.in.KillmailDetailsQuery;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/** Builds the killmail feature: syncs of characters' and corporations' killmails, listing and details. */
public final class KillmailAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncKillmailsUseCase.class,
                wiring -> new SyncKillmailsService(wiring.get(AccessTokenQuery.class), wiring.get(KillmailEsi.class),
                wiring.get(KillmailRepository.class), wiring.get(TypeNameCatalogue.class),
                wiring.get(SolarSystemCatalogue.class), wiring.get(EventPublisher.class),
                wiring.settings().clock()));
        catalogue.add(SyncCorporationKillmailsUseCase.class,
                wiring -> new SyncCorporationKillmailsService(wiring.get(AccessTokenQuery.class),
                wiring.get(KillmailEsi.class), wiring.get(KillmailRepository.class),
                wiring.get(TypeNameCatalogue.class), wiring.get(SolarSystemCatalogue.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(ListKillmailsQuery.class,
                wiring -> new ListKillmailsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationVisibilityQuery.class), wiring.get(KillmailRepository.class),
                wiring.get(TypeNameCatalogue.class), wiring.get(SolarSystemCatalogue.class),
                wiring.get(MarketPricesQuery.class)));
        catalogue.add(KillmailDetailsQuery.class,
                wiring -> new KillmailDetailsService(wiring.get(KillmailRepository.class),
                wiring.get(TypeNameCatalogue.class), wiring.get(SolarSystemCatalogue.class),
                wiring.get(MarketPricesQuery.class)));
    }
}
