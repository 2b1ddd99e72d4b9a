package org.eveseat.adapter.web.rest.intel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.intel.port.in.SystemReportQuery;
import org.eveseat.domain.shared.SolarSystemId;

/** One solar system's details for the star map: names, sovereignty, activity over an hour and a day, incursion. */
@Path("v1/universe/systems/{systemId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Map")
@APIResponse(responseCode = "400", description = "Malformed id (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such system in the static data (problem+json)")
public class SystemReportResource {
    @Inject
    SystemReportQuery reports;

    @GET
    @Operation(
            summary = "A solar system's details",
            description = "Security, constellation and region (names), the NPC faction of the static data, the "
                    + "sovereignty holder (name) as last synced, kills and jumps in the last hour and the last 24 "
                    + "hours (windows ending with the current hour, as the map's activity layer), the incursion in "
                    + "it and the sovereignty fights. `holder`, `faction`, `incursion` and `latestHour` are null "
                    + "where there is none.")
    @APIResponse(
            responseCode = "200",
            description = "{id, name, security, constellationId, constellationName, "
                    + "regionId, regionName, faction, holder, latestHour, lastHour, lastDay, incursion, campaigns}")
    public JsonObject system(@PathParam("systemId") String systemId) {
        return SystemReportJson.of(reports.report(new SolarSystemId(RequestParams.id(systemId, "systemId"))));
    }
}
