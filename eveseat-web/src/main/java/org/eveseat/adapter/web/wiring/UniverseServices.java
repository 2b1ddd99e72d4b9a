package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.universe.port.in.FindIdsByNameQuery;
import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.universe.port.in.RouteConnectionsUseCase;
import org.eveseat.domain.universe.port.in.SystemSearchQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.in.UniverseMapQuery;

/**
 * The use cases of the universe feature as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class UniverseServices {
    @Produces
    @Singleton
    ResolveNamesQuery resolveNames(EveSeatDomain domain) {
        return domain.get(ResolveNamesQuery.class);
    }

    @Produces
    @Singleton
    FindIdsByNameQuery findIdsByName(EveSeatDomain domain) {
        return domain.get(FindIdsByNameQuery.class);
    }

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

    @Produces
    @Singleton
    UniverseMapQuery universeMap(EveSeatDomain domain) {
        return domain.get(UniverseMapQuery.class);
    }

    @Produces
    @Singleton
    SystemSearchQuery systemSearch(EveSeatDomain domain) {
        return domain.get(SystemSearchQuery.class);
    }

    @Produces
    @Singleton
    PlanRouteQuery routes(EveSeatDomain domain) {
        return domain.get(PlanRouteQuery.class);
    }

    @Produces
    @Singleton
    RouteConnectionsUseCase routeConnections(EveSeatDomain domain) {
        return domain.get(RouteConnectionsUseCase.class);
    }

    @Produces
    @Singleton
    ImportStaticDataUseCase importStaticData(EveSeatDomain domain) {
        return domain.get(ImportStaticDataUseCase.class);
    }
}
