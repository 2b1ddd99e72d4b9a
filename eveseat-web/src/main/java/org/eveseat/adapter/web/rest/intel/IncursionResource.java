package org.eveseat.adapter.web.rest.intel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.intel.port.in.IncursionsQuery;

/** The incursions running now, as last synced from ESI. */
@Path("v1/universe/incursions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Map")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class IncursionResource {
    @Inject
    IncursionsQuery incursions;

    @GET
    @Operation(summary = "Running incursions: constellation, state, influence, staging and infested systems")
    @APIResponse(responseCode = "200", description = "[incursion]")
    public JsonArray incursions() {
        return MapLayersJson.incursions(incursions.incursions());
    }
}
