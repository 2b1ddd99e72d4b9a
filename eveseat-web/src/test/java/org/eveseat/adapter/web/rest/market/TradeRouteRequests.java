package org.eveseat.adapter.web.rest.market;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eveseat.domain.market.port.in.TradeRoutesQuery;

/**
 * The trade route request as {@link TradeRouteResource} serves it, for benchmarks outside this package: the query
 * parameters read into {@link TradeRouteParams}, the search run, the answer written as JSON.
 */
public final class TradeRouteRequests {
    private TradeRouteRequests() {
    }

    /** The answer's JSON as UTF-8 bytes, for the query parameters given (name to value). */
    public static byte[] answer(TradeRoutesQuery query, Map<String, String> parameters) {
        TradeRouteParams params = new TradeRouteParams();
        parameters.forEach((name, value) -> {
            try {
                TradeRouteParams.class.getDeclaredField(name).set(params, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("no trade route parameter " + name, e);
            }
        });
        TradeRouteResource resource = new TradeRouteResource();
        resource.routes = query;
        return resource.routes(params).toString().getBytes(StandardCharsets.UTF_8);
    }
}
