package org.eveseat.adapter.web.rest.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.in.ManageAlertChannelsUseCase;
import org.eveseat.domain.shared.RuleViolationException;

/** The caller's own Discord and Slack channels, where the alerts of its pilots and corporations are posted. */
@Path("v1/alert-channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Alerts posted to Discord and Slack")
@APIResponse(responseCode = "404", description = "No channel of the caller's with that id (problem+json)")
public class AlertChannelResource {
    @Inject
    ManageAlertChannelsUseCase channels;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's alert channels", description = "Each with its kind, name, the webhook "
            + "without its token, and how the last post went (NEVER, DELIVERED, FAILED, GONE: the webhook was "
            + "deleted or its token is wrong).")
    @APIResponse(responseCode = "200", description = "[{id, kind, name, webhook, createdAt, lastDelivery: "
            + "{status, at, detail}}]")
    public JsonArray list() {
        return AlertChannelJson.channels(channels.list(RequestParams.viewer(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an alert channel", description = "Body: {kind: discord or slack, name (1 to 100 "
            + "characters), webhook (the address Discord's channel settings or Slack's incoming webhooks give)}. "
            + "At most 10 per account. Alerts of the caller's pilots (beaten market orders, contracts about to "
            + "expire, a login EVE refused) and of corporations the caller may see are posted there from then on.")
    @APIResponse(responseCode = "201", description = "The channel, as listed")
    @APIResponse(responseCode = "400", description = "Malformed body, unknown kind, a webhook address that is not "
            + "the kind's, a name too long, or the account's tenth channel (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"kind\": \"discord\", \"name\": \"Trade alerts\", \"webhook\": "
                    + "\"https://discord.com/api/webhooks/1234567890/abcdef\"}")))
    public Response add(String body) {
        JsonObject json = JsonBody.object(body);
        NewAlertChannel channel = new NewAlertChannel(kind(JsonBody.string(json, "kind", true)),
                JsonBody.string(json, "name", true), JsonBody.string(json, "webhook", true));
        return Response.status(Response.Status.CREATED)
                .entity(AlertChannelJson.channel(channels.add(RequestParams.viewer(security), channel))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of the caller's alert channels")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id) {
        channels.remove(RequestParams.viewer(security), RequestParams.id(id, "id"));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Post a test message to one of the caller's channels now", description = "Answers how "
            + "it went, as the channel's lastDelivery.")
    @APIResponse(responseCode = "200", description = "{status, at, detail}")
    public JsonObject test(@PathParam("id") String id) {
        return AlertChannelJson.delivery(channels.test(RequestParams.viewer(security), RequestParams.id(id, "id")));
    }

    private static ChannelKind kind(String text) {
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new RuleViolationException("kind must be discord or slack");
    }
}
