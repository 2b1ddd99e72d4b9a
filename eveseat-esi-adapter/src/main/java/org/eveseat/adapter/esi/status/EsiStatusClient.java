package org.eveseat.adapter.esi.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** ESI's server status and meta routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiStatusClient {
    @GET
    @Path("/status")
    Response status(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/meta/status")
    Response routeHealth(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/meta/compatibility-dates")
    Response compatibilityDates(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/meta/changelog")
    Response changelog(@HeaderParam("If-None-Match") String etag);
}
