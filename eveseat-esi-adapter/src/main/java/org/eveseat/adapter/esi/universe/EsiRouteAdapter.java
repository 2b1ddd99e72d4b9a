package org.eveseat.adapter.esi.universe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.universe.model.Route;
import org.eveseat.domain.universe.model.RouteRequest;
import org.eveseat.domain.universe.port.out.RouteEsi;

/**
 * Route planning over ESI's POST /route (compatibility date 2025-09-30 onwards): preference, security penalty,
 * avoided systems and extra connections travel in the JSON body, replacing the old GET's {@code flag}, {@code
 * avoid} and {@code connections} query. ESI does not cache routes; planning changes nothing, so it is retried.
 */
@ApplicationScoped
public class EsiRouteAdapter implements RouteEsi {
    private EsiTable esi;

    protected EsiRouteAdapter() {
    }

    @Inject
    public EsiRouteAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public Route route(RouteRequest request) {
        return esi.lookup(EsiRequest.of("POST /route/{origin_system_id}/{destination_system_id}")
                        .with("origin_system_id", request.origin()).with("destination_system_id", request.destination())
                        .body(UniverseMapper.toEsi(request)), EsiJson.one(RouteDto.class, UniverseMapper::toDomain));
    }
}
