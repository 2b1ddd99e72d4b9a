package org.eveseat.adapter.web.rest.admin;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.adapter.web.security.AdminOnly;
import org.eveseat.adapter.web.ws.LiveClients;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.in.AnnouncementCommand;
import org.eveseat.domain.event.port.in.PublishAnnouncementUseCase;

/** Admins push an announcement to every connected user, and see how many sockets this node holds. */
@Path("v1/admin/live")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operating the server")
public class AdminAnnouncementResource {
    @Inject
    PublishAnnouncementUseCase announcements;

    @Inject
    LiveClients clients;

    @Context
    SecurityContext security;

    @POST
    @Path("announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push an announcement", description = "Body: {message (up to 2000 characters), level: "
            + "info, warning or critical}. Sent on the announcements topic to every subscribed socket.")
    @APIResponse(responseCode = "202", description = "The event as published")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"message\": \"Downtime in 10 minutes\", \"level\": \"warning\"}")))
    public Response announce(String body) {
        JsonObject json = JsonBody.object(body);
        LiveEvent event = announcements.announce(RequestParams.viewer(security),
                new AnnouncementCommand(JsonBody.string(json, "message", true), JsonBody.string(json, "level", false)));
        return Response.accepted(JSON.createObjectBuilder().add("type", event.type()).add("topic", event.topic())
                .add("timestamp", event.occurredAt().toString()).build()).build();
    }

    @GET
    @Operation(summary = "Sockets connected to this node")
    public JsonObject sockets() {
        return JSON.createObjectBuilder().add("connectedClients", clients.count()).build();
    }
}
