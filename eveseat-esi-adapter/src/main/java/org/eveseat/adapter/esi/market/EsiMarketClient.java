package org.eveseat.adapter.esi.market;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Public ESI market routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiMarketClient {
    /** {@code typeId} null leaves the query parameter out: all types. */
    @GET
    @Path("/markets/{region_id}/orders")
    Response regionOrders(@PathParam("region_id") long regionId, @QueryParam("order_type") String orderType,
                          @QueryParam("type_id") Long typeId, @QueryParam("page") int page,
                          @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/markets/{region_id}/history")
    Response history(@PathParam("region_id") long regionId, @QueryParam("type_id") long typeId,
                     @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/markets/prices")
    Response prices(@HeaderParam("If-None-Match") String etag);
}
