package org.eveseat.adapter.esi.common;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sends any {@link EsiRequest} over one JAX-RS client: the one generic client method that replaces a hand-written
 * REST client interface per feature. Answers stay raw so the gateway reads the cache and limit headers.
 */
public final class EsiTransport {
    private final Client client;
    private final URI baseUrl;

    public EsiTransport(EsiSettings settings) {
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new EsiHeadersFilter(settings))
                .build();
        this.baseUrl = settings.baseUrl();
    }

    /** The raw answer; {@code page} (0 for none) and {@code etag} (null for none) are added when given. */
    public Response send(EsiRequest request, int page, String etag) {
        WebTarget target = client.target(baseUrl).path(request.path());
        for (var parameter : request.query().entrySet()) {
            target = target.queryParam(parameter.getKey(), parameter.getValue().toArray());
        }
        if (page > 0) {
            target = target.queryParam("page", page);
        }
        Invocation.Builder call = target.request(MediaType.APPLICATION_JSON_TYPE);
        if (request.authorization() != null) {
            call = call.header("Authorization", request.authorization());
        }
        if (etag != null) {
            call = call.header("If-None-Match", etag);
        }
        Object body = request.body();
        return body == null ? call.method(request.spec().method())
                : call.method(request.spec().method(), Entity.json(EsiJson.write(body)));
    }
}
