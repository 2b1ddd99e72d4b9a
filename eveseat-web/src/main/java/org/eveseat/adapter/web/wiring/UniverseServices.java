package org.eveseat.adapter.web.wiring;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.universe.port.in.FindIdsByNameQuery;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.StarMap;
import org.eveseat.domain.universe.port.out.StaticNames;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.eveseat.domain.universe.service.FindIdsByNameService;
import org.eveseat.domain.universe.service.NameLookupSettings;
import org.eveseat.domain.universe.service.ResolveNamesService;
import org.eveseat.domain.universe.service.LocationRouteService;
import org.eveseat.domain.universe.service.TypeNameSearchService;

/**
 * Builds the universe feature's use cases over the static data (star map, type names) and the names every answer
 * sends with its ids. An answer waits for ESI's names at most {@link #NAMES_WAIT}; the lookup goes on in the
 * container's executor and stores them for the next answer.
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
    FindIdsByNameQuery findIdsByName(UniverseCatalogueEsi esi, NameRepository names) {
        return new FindIdsByNameService(esi, names, Clock.systemUTC());
    }
    @Produces
    @Singleton
    LocationRouteQuery locationRoutes(StarMap map) {
        return new LocationRouteService(map);
    }

    @Produces
    @Singleton
    TypeNameSearchQuery typeNameSearch(TypeNameCatalogue catalogue) {
        return new TypeNameSearchService(catalogue);
    }
}
