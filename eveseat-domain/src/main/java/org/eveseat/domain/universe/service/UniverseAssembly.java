package org.eveseat.domain.universe.service;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.universe.port.in.FindIdsByNameQuery;
import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.universe.port.in.RouteConnectionsUseCase;
import org.eveseat.domain.universe.port.in.SystemSearchQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.in.TypeSearchQuery;
import org.eveseat.domain.universe.port.in.UniverseMapQuery;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.StaticDataArchives;
import org.eveseat.domain.universe.port.out.StaticDataImporter;
import org.eveseat.domain.universe.port.out.StaticNames;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/** Builds the universe feature over the static data: the map, routes, system and type names, ids by exact name, and its loader. */
public final class UniverseAssembly implements FeatureAssembly {
    /** How long an answer waits for ESI's names; the lookup goes on in the background for the next answer. */
    static final Duration NAMES_WAIT = Duration.ofMillis(1500);

    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(LocationRouteQuery.class, wiring -> new LocationRouteService(wiring.get(StaticData.class)));
        catalogue.add(TypeNameSearchQuery.class, wiring -> new TypeNameSearchService(wiring.get(StaticData.class)));
        catalogue.add(TypeSearchQuery.class, wiring -> new TypeSearchService(wiring.get(StaticData.class)));
        catalogue.add(UniverseMapQuery.class, wiring -> new UniverseMapService(wiring.get(StaticData.class)));
        catalogue.add(SystemSearchQuery.class, wiring -> new SystemSearchService(wiring.get(StaticData.class)));
        catalogue.add(PlanRouteQuery.class, wiring -> new PlanRouteService(wiring.get(StaticData.class),
                wiring.get(RouteConnectionRepository.class)));
        catalogue.add(RouteConnectionsUseCase.class, wiring -> new RouteConnectionsService(
                wiring.get(StaticData.class), wiring.get(RouteConnectionRepository.class)));
        catalogue.add(ImportStaticDataUseCase.class, wiring -> new ImportStaticDataService(
                wiring.get(StaticDataArchives.class), wiring.get(StaticDataImporter.class)));
        catalogue.add(FindIdsByNameQuery.class, wiring -> new FindIdsByNameService(
                wiring.get(UniverseCatalogueEsi.class), wiring.get(NameRepository.class), wiring.settings().clock()));
        catalogue.add(ResolveNamesQuery.class, wiring -> new ResolveNamesService(wiring.get(StaticNames.class),
                wiring.get(NameRepository.class), new NameLookupSettings(wiring.get(UniverseEsi.class),
                wiring.get(Executor.class), NAMES_WAIT, wiring.settings().clock())));
    }
}
