package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.in.RouteConnectionsUseCase;
import org.eveseat.domain.universe.port.in.SystemSearchQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.in.UniverseMapQuery;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.StaticDataArchives;
import org.eveseat.domain.universe.port.out.StaticDataImporter;
import org.eveseat.domain.universe.service.ImportStaticDataService;
import org.eveseat.domain.universe.service.LocationRouteService;
import org.eveseat.domain.universe.service.PlanRouteService;
import org.eveseat.domain.universe.service.RouteConnectionsService;
import org.eveseat.domain.universe.service.SystemSearchService;
import org.eveseat.domain.universe.service.TypeNameSearchService;
import org.eveseat.domain.universe.service.UniverseMapService;

/** Builds the universe feature's use cases over the static data (map, routes, names) and its loader. */
@ApplicationScoped
public class UniverseServices {
    @Produces
    @Singleton
    LocationRouteQuery locationRoutes(StaticData staticData) {
        return new LocationRouteService(staticData);
    }

    @Produces
    @Singleton
    TypeNameSearchQuery typeNameSearch(StaticData staticData) {
        return new TypeNameSearchService(staticData);
    }

    @Produces
    @Singleton
    UniverseMapQuery universeMap(StaticData staticData) {
        return new UniverseMapService(staticData);
    }

    @Produces
    @Singleton
    SystemSearchQuery systemSearch(StaticData staticData) {
        return new SystemSearchService(staticData);
    }

    @Produces
    @Singleton
    PlanRouteQuery routes(StaticData staticData, RouteConnectionRepository connections) {
        return new PlanRouteService(staticData, connections);
    }

    @Produces
    @Singleton
    RouteConnectionsUseCase routeConnections(StaticData staticData, RouteConnectionRepository connections) {
        return new RouteConnectionsService(staticData, connections);
    }

    @Produces
    @Singleton
    ImportStaticDataUseCase importStaticData(StaticDataArchives archives, StaticDataImporter importer) {
        return new ImportStaticDataService(archives, importer);
    }
}
