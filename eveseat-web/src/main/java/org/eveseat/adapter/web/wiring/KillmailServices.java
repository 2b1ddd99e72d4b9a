package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.killmail.port.in.KillmailDetailsQuery;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;

/**
 * The use cases of the killmail feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class KillmailServices {
    @Produces
    @Singleton
    SyncKillmailsUseCase syncKillmails(EveSeatDomain domain) {
        return domain.get(SyncKillmailsUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationKillmailsUseCase syncCorporationKillmails(EveSeatDomain domain) {
        return domain.get(SyncCorporationKillmailsUseCase.class);
    }

    @Produces
    @Singleton
    ListKillmailsQuery listKillmails(EveSeatDomain domain) {
        return domain.get(ListKillmailsQuery.class);
    }

    @Produces
    @Singleton
    KillmailDetailsQuery killmailDetails(EveSeatDomain domain) {
        return domain.get(KillmailDetailsQuery.class);
    }
}
