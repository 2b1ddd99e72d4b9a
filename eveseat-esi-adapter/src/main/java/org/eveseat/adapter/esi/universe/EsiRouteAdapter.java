package org.eveseat.adapter.esi.universe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = "routes";

    private EsiUniverseClient client;
    private EsiGateway esi;

    protected EsiRouteAdapter() {
    }

    @Inject
    public EsiRouteAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiUniverseClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public Route route(RouteRequest request) {
        long origin = request.origin().value();
        long destination = request.destination().value();
        String body = EsiJson.write(UniverseMapper.toEsi(request));
        return esi.call(EsiOperation.open("/route/" + origin + "/" + destination, GROUP), true,
                () -> client.route(origin, destination, body), EsiJson.one(RouteDto.class, UniverseMapper::toDomain));
    }
}
