package org.eveseat.adapter.esi.intel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Public ESI intel routes (spec 2026-08-04): sovereignty, wars, incursions. Responses stay raw for the headers. */
public interface EsiIntelClient {
    @GET
    @Path("/sovereignty/systems")
    Response sovereigntySystems(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/sovereignty/campaigns")
    Response sovereigntyCampaigns(@HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/wars")
    Response wars(@QueryParam("max_war_id") Long maxWarId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/wars/{war_id}")
    Response war(@PathParam("war_id") long warId, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/wars/{war_id}/killmails")
    Response warKillmails(@PathParam("war_id") long warId, @QueryParam("page") int page,
                          @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/incursions")
    Response incursions(@HeaderParam("If-None-Match") String etag);
}
