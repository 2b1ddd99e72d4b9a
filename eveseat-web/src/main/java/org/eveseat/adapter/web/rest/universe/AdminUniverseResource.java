package org.eveseat.adapter.web.rest.universe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.adapter.web.security.AdminOnly;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;
import org.eveseat.domain.universe.port.in.RouteConnectionsUseCase;

/** Admins load a newer static data export and keep the connections (jump bridges) routes may use. */
@Path("v1/admin/universe")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operating the server")
@APIResponse(responseCode = "400", description = "Malformed body or id, unknown system (problem+json)")
@APIResponse(responseCode = "403", description = "Not an admin (problem+json)")
public class AdminUniverseResource {
    @Inject
    RouteConnectionsUseCase connections;
    @Inject
    ImportStaticDataUseCase staticData;

    @GET
    @Path("connections")
    @Operation(summary = "The connections routes may use beside the stargates")
    @APIResponse(responseCode = "200", description = "{connections: [[system, system]]}")
    public JsonObject connections() {
        return UniverseJson.connections(connections.connections());
    }

    @POST
    @Path("connections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a two-way connection", description = "Body: {from, to} (solar system ids). Routes "
            + "planned from then on may use it.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "200", description = "It was there already")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"from\": 30000142, \"to\": 30002187}")))
    public Response connect(String body) {
        JsonObject json = JsonBody.object(body);
        boolean added = connections.connect(new SolarSystemId(JsonBody.number(json, "from", true)),
                new SolarSystemId(JsonBody.number(json, "to", true)));
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(connections()).build();
    }

    @DELETE
    @Path("connections/{one}/{other}")
    @Operation(summary = "Remove a connection")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    public void disconnect(@PathParam("one") String one, @PathParam("other") String other) {
        SystemLink link = new SystemLink(new SolarSystemId(RequestParams.id(one, "one")),
                new SolarSystemId(RequestParams.id(other, "other")));
        if (!connections.disconnect(link)) {
            throw new NotFoundException("no connection joins " + one + " and " + other);
        }
    }

    @POST
    @Path("static-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a static data export", description = "Body: {location}: a zip of the SDE's CSV "
            + "tables (the layout of the shipped sde.zip) as a file on the server or an http(s) URL. It becomes a "
            + "new version, current at once; a broken export changes nothing. Answers what changed.")
    @APIResponse(responseCode = "200", description = "{version, source, millis, rows: {table: count}, typesAdded, "
            + "typesRenamed, typesRemoved, examples: [{typeId, before, after}]}")
    @APIResponse(responseCode = "503", description = "The URL could not be fetched (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"location\": \"/srv/eve/sde-2026-06.zip\"}")))
    public JsonObject load(String body) {
        return UniverseJson.imported(staticData.importFrom(JsonBody.string(JsonBody.object(body), "location", true)));
    }
}
