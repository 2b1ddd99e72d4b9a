package org.eveseat.adapter.web.rest.universe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.universe.port.in.PlanRouteQuery;

/** Plans routes over the stargates and the admins' connections (jump bridges), from the static data. */
@Path("v1/route")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Universe", description = "Static data: the star map, solar systems, routes")
@APIResponse(responseCode = "400", description = "Malformed or unknown id, flag or order (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class RouteResource {
    @Inject
    PlanRouteQuery routes;

    @GET
    @Operation(summary = "Plan a route", description = "From `from` to `to` through the waypoints `via` (in the "
            + "given order, or with `order=best` the order of least cost, up to 10), never through the systems or "
            + "regions in `avoid` (ends and waypoints excepted). `flag`: shortest (fewest jumps, the default), "
            + "secure (fewest jumps outside high-sec, then fewest jumps) or insecure (the opposite).")
    @APIResponse(responseCode = "200", description = "{flag, jumps, systems: [{id, name, security, regionId, "
            + "regionName}]}")
    @APIResponse(responseCode = "404", description = "No route joins the systems (problem+json)")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "solar system id")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "solar system id")
    @Parameter(name = "via", in = ParameterIn.QUERY, description = "waypoint system ids, repeated or comma-separated")
    @Parameter(name = "avoid", in = ParameterIn.QUERY, description = "system or region ids to avoid")
    @Parameter(name = "flag", in = ParameterIn.QUERY, description = "shortest, secure or insecure")
    @Parameter(name = "order", in = ParameterIn.QUERY, description = "given (default) or best")
    public JsonObject plan(@BeanParam RouteParams params) {
        return UniverseJson.route(routes.plan(params.plan()));
    }
}
