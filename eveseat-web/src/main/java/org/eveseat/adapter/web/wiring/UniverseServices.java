package org.eveseat.adapter.web.wiring;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.StaticNames;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.eveseat.domain.universe.service.NameLookupSettings;
import org.eveseat.domain.universe.service.ResolveNamesService;

/**
 * The use cases of the universe feature as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out, but for the name resolver, whose lookups go on
 * in the container's executor: an answer waits for ESI's names at most {@link #NAMES_WAIT}.
 */
@ApplicationScoped
public class UniverseServices {
    static final Duration NAMES_WAIT = Duration.ofMillis(1500);

    @Resource
    ManagedExecutorService executor;

    @Produces
    @Singleton
    ResolveNamesQuery resolveNames(StaticNames staticNames, NameRepository names, UniverseEsi esi) {
        return new ResolveNamesService(staticNames, names,
                new NameLookupSettings(esi, executor, NAMES_WAIT, Clock.systemUTC()));
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
