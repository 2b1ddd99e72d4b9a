package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;

/**
 * The use cases of the corporation feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class CorporationServices {
    @Produces
    @Singleton
    CorporationRolesQuery corporationRoles(EveSeatDomain domain) {
        return domain.get(CorporationRolesQuery.class);
    }

    @Produces
    @Singleton
    SyncMemberRolesUseCase syncMemberRoles(EveSeatDomain domain) {
        return domain.get(SyncMemberRolesUseCase.class);
    }
}
