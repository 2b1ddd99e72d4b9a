package org.eveseat.adapter.web.rest.universe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.ContentCoding;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.port.in.SystemSearchQuery;
import org.eveseat.domain.universe.port.in.UniverseMapQuery;

/** New Eden from the static data: the schematic map to draw, and systems found by name. */
@Path("v1/universe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Universe", description = "Static data: the star map, solar systems, routes")
@APIResponse(responseCode = "400", description = "Malformed parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class UniverseResource {
    static final String CACHE_CONTROL = "private, no-cache";

    @Inject
    UniverseMapQuery maps;

    @Inject
    SystemSearchQuery search;

    @Inject
    MapBodies bodies;

    @GET
    @Path("map")
    @Operation(
            summary = "The schematic star map",
            description = "Regions (label position), systems with their "
                    + "2D position in metres, security, region and constellation, and each stargate pair once (smaller id "
                    + "first). Whole New Eden (the systems on the 2D map), or one region with `region`. A strong ETag: "
                    + "send it back in If-None-Match for a 304 until a newer static data version is loaded.")
    @APIResponse(
            responseCode = "200",
            description = "{version, regions: [{id, name, x, y}], systems: [{id, name, "
                    + "x, y, security, regionId, constellationId}], jumps: [[id, id]]}")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such region (problem+json)")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "region id: only its systems")
    public Response map(
            @QueryParam("region") String region,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        Long regionId = RequestParams.optionalId(region, "region");
        RegionId wanted = regionId == null ? null : new RegionId(regionId);
        MapBodies.Body body = bodies.of(maps.map(wanted), wanted);
        Response.ResponseBuilder answer;
        if (ifNoneMatch != null && matches(ifNoneMatch, body.etag())) {
            answer = Response.notModified();
        } else if (ContentCoding.acceptsGzip(acceptEncoding)) {
            answer =
                    Response.ok(body.gzipped(), MediaType.APPLICATION_JSON_TYPE).encoding("gzip");
        } else {
            answer = Response.ok(body.bytes(), MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.header(HttpHeaders.ETAG, body.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    @GET
    @Path("systems")
    @Operation(
            summary = "Find solar systems by name",
            description = "Systems whose name starts with `q` "
                    + "(case-insensitive), an exact match first, then by name; at most `limit` (1-20, default 20).")
    @APIResponse(responseCode = "200", description = "[{id, name, security, regionId, regionName}]")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "the start of the name")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1-20, default 20")
    public JsonArray systems(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        if (q == null || q.isBlank()) {
            throw new RuleViolationException("q (the start of a system name) is required");
        }
        return UniverseJson.systems(search.systemsStartingWith(
                q, RequestParams.limit(limit, SystemSearchQuery.MAX_LIMIT, SystemSearchQuery.MAX_LIMIT)));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            if (tag.strip().equals(etag) || tag.strip().equals("*")) {
                return true;
            }
        }
        return false;
    }
}
