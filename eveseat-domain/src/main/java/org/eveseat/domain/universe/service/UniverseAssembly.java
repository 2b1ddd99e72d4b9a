package org.eveseat.domain.universe.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.universe.port.in.LocationRouteQuery;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.out.StarMap;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/** Builds the universe feature: routes and type names from the static data. */
public final class UniverseAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(LocationRouteQuery.class, wiring -> new LocationRouteService(wiring.get(StarMap.class)));
        catalogue.add(TypeNameSearchQuery.class,
                wiring -> new TypeNameSearchService(wiring.get(TypeNameCatalogue.class)));
    }
}
