package org.eveseat.adapter.web.rest.calendar;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.calendar.port.in.EventAttendeesQuery;
import org.eveseat.domain.calendar.port.in.ListCalendarQuery;
import org.eveseat.domain.calendar.port.in.ReadCalendarEventUseCase;
import org.eveseat.domain.calendar.port.in.RespondToEventUseCase;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.shared.EsiEnum;

/**
 * A character's EVE calendar: the stored events, one event's details and attendees, and answering an invitation
 * in EVE. A character the caller neither owns nor administers answers 404 like one that does not exist.
 */
@Path("v1/characters/{characterId}/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "A character's EVE calendar, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id, parameter or body (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character or event for this caller (problem+json)")
public class CalendarResource {
    @Inject
    ListCalendarQuery list;
    @Inject
    ReadCalendarEventUseCase read;
    @Inject
    RespondToEventUseCase respond;
    @Inject
    EventAttendeesQuery attendees;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List stored events by date, paged")
    @APIResponse(responseCode = "200", description = "{events: [{eventId, date, title, importance, response}], "
            + "total, offset, limit}")
    public JsonObject list(@PathParam("characterId") String characterId,
                           @Parameter(description = "date (2026-05-01, UTC) or ISO-8601 instant: only events from "
                                   + "then on")
                           @QueryParam("from") String from,
                           @Parameter(description = "accepted, declined, tentative or not_responded")
                           @QueryParam("response") String response,
                           @Parameter(description = "from 0, default 0") @QueryParam("offset") String offset,
                           @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit) {
        CalendarSearch search = new CalendarSearch(RequestParams.instant(from, "from"),
                EsiEnum.strict(EventResponse.class, response), RequestParams.offset(offset),
                RequestParams.limit(limit, CalendarSearch.DEFAULT_LIMIT));
        return CalendarJson.page(list.list(RequestParams.viewer(security), CharacterId.parse(characterId), search),
                search);
    }

    @GET
    @Path("{eventId}")
    @Operation(summary = "One event with its details", description = "Read from ESI when its cache allows and "
            + "stored; the stored copy when ESI is unavailable.")
    @APIResponse(responseCode = "200", description = "{eventId, date, durationMinutes, title, text, importance, "
            + "owner: {id, name, type}, response}")
    @APIResponse(responseCode = "502", description = "ESI is unavailable and the event was never stored")
    public JsonObject event(@PathParam("characterId") String characterId, @PathParam("eventId") String eventId) {
        return CalendarJson.event(read.read(RequestParams.viewer(security), CharacterId.parse(characterId),
                RequestParams.id(eventId, "event id")));
    }

    @PUT
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an event invitation in EVE and here",
            description = "Body: {response: accepted, declined or tentative}.")
    @APIResponse(responseCode = "204", description = "Answered")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"response\": \"accepted\"}")))
    public void respond(@PathParam("characterId") String characterId, @PathParam("eventId") String eventId,
                        String body) {
        EventReply reply = new EventReply(EsiEnum.strict(EventResponse.class,
                JsonBody.string(JsonBody.object(body), "response", true)));
        respond.respond(RequestParams.viewer(security), CharacterId.parse(characterId),
                RequestParams.id(eventId, "event id"), reply);
    }

    @GET
    @Path("{eventId}/attendees")
    @Operation(summary = "Who is invited to an event and how each answered")
    @APIResponse(responseCode = "200", description = "{attendees: [{characterId, name, response}]}")
    public JsonObject attendees(@PathParam("characterId") String characterId,
                                @PathParam("eventId") String eventId) {
        return CalendarJson.attendees(attendees.attendees(RequestParams.viewer(security),
                CharacterId.parse(characterId), RequestParams.id(eventId, "event id")), names);
    }
}
