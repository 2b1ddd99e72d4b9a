package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.killmail.port.in.KillmailDetailsQuery;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.killmail.service.KillmailDetailsService;
import org.eveseat.domain.killmail.service.ListKillmailsService;
import org.eveseat.domain.killmail.service.SyncCorporationKillmailsService;
import org.eveseat.domain.killmail.service.SyncKillmailsService;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * Builds the killmail feature's use cases: the syncs of characters' and corporations' recent killmails (which
 * announce new ones through the event publisher), the listing and the details, named from the static data.
 */
@ApplicationScoped
public class KillmailServices {
    @Produces
    @Singleton
    SyncKillmailsUseCase syncKillmails(AccessTokenQuery tokens, KillmailEsi esi, KillmailRepository killmails,
                                       TypeNameCatalogue types, SolarSystemCatalogue systems, EventPublisher events) {
        return new SyncKillmailsService(tokens, esi, killmails, types, systems, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncCorporationKillmailsUseCase syncCorporationKillmails(AccessTokenQuery tokens, KillmailEsi esi,
                                                             KillmailRepository killmails, TypeNameCatalogue types,
                                                             SolarSystemCatalogue systems, EventPublisher events) {
        return new SyncCorporationKillmailsService(tokens, esi, killmails, types, systems, events,
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    ListKillmailsQuery listKillmails(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                     KillmailRepository killmails, TypeNameCatalogue types,
                                     SolarSystemCatalogue systems) {
        return new ListKillmailsService(characters, corporations, killmails, types, systems);
    }

    @Produces
    @Singleton
    KillmailDetailsQuery killmailDetails(KillmailRepository killmails, TypeNameCatalogue types,
                                         SolarSystemCatalogue systems) {
        return new KillmailDetailsService(killmails, types, systems);
    }
}
