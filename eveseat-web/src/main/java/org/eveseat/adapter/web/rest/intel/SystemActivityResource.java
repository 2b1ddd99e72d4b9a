package org.eveseat.adapter.web.rest.intel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.port.in.SystemActivityQuery;

/** Kills and jumps per solar system over the last hour or day, from ESI's hourly statistics kept per hour. */
@Path("v1/universe/activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Map", description = "The star map's live layers: activity, sovereignty, incursions (public data)")
@APIResponse(responseCode = "400", description = "Malformed window (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class SystemActivityResource {
    @Inject
    SystemActivityQuery activity;

    @GET
    @Operation(summary = "Activity per system in the window",
            description = "`window` 1h (default: the hour ESI last reported) or 24h. `systems` lists each system "
                    + "with any activity as [systemId, shipKills, podKills, npcKills, jumps]; `latestHour` is the "
                    + "newest hour stored at all, null before the first sync.")
    @APIResponse(responseCode = "200", description = "{window, since, latestHour, columns, systems}")
    @Parameter(name = "window", in = ParameterIn.QUERY, description = "1h or 24h")
    public JsonObject activity(@QueryParam("window") String window) {
        ActivityWindow span = window == null || window.isEmpty() ? ActivityWindow.HOUR : ActivityWindow.of(window);
        return MapLayersJson.activity(activity.activity(span));
    }
}
