package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;

/**
 * The use cases of the universe feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class UniverseServices {
    @Produces
    @Singleton
    LocationRouteQuery locationRoutes(EveSeatDomain domain) {
        return domain.get(LocationRouteQuery.class);
    }

    @Produces
    @Singleton
    TypeNameSearchQuery typeNameSearch(EveSeatDomain domain) {
        return domain.get(TypeNameSearchQuery.class);
    }
}
