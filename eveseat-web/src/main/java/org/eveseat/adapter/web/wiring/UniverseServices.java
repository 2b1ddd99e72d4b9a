package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.out.StarMap;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;
import org.eveseat.domain.universe.service.LocationRouteService;
import org.eveseat.domain.universe.service.TypeNameSearchService;

/** Builds the universe feature's use cases over the static data (star map, type names). */
@ApplicationScoped
public class UniverseServices {
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
