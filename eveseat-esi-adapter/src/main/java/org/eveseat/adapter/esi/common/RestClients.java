package org.eveseat.adapter.esi.common;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Builds MicroProfile REST clients with EVESeat's headers and time-outs, for ESI and EVE SSO alike. */
public final class RestClients {
    private RestClients() {
    }

    public static <T> T build(Class<T> api, URI baseUrl, EsiSettings settings) {
        return RestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new EsiHeadersFilter(settings))
                // error statuses are answers we interpret ourselves, not exceptions
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(api);
    }
}
