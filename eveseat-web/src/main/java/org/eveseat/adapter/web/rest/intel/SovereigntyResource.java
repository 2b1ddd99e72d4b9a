package org.eveseat.adapter.web.rest.intel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.intel.port.in.SovereigntyMapQuery;

/** Who holds which systems (alliances and NPC factions, with names) and the campaigns fought now. */
@Path("v1/universe/sovereignty")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Map")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class SovereigntyResource {
    @Inject
    SovereigntyMapQuery sovereignty;

    @GET
    @Operation(summary = "Sovereignty holders with their systems, and running campaigns",
            description = "`holders`: {id, kind (alliance or faction), name (null if ESI could not name it yet), "
                    + "systems: [systemId]}, most systems first; unclaimed systems are left out.")
    @APIResponse(responseCode = "200", description = "{holders, campaigns}")
    public JsonObject sovereignty() {
        return MapLayersJson.sovereignty(sovereignty.sovereignty());
    }
}
