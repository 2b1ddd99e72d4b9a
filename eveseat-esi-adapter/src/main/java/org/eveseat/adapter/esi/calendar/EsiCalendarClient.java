package org.eveseat.adapter.esi.calendar;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI calendar routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiCalendarClient {
    String READ_EVENTS = "esi-calendar.read_calendar_events.v1";
    String RESPOND_EVENTS = "esi-calendar.respond_calendar_events.v1";

    @GET
    @Path("/characters/{character_id}/calendar")
    @EsiScope(READ_EVENTS)
    Response events(@PathParam("character_id") long characterId, @QueryParam("from_event") Long fromEvent,
                    @HeaderParam("Authorization") String authorization, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/calendar/{event_id}")
    @EsiScope(READ_EVENTS)
    Response event(@PathParam("character_id") long characterId, @PathParam("event_id") long eventId,
                   @HeaderParam("Authorization") String authorization, @HeaderParam("If-None-Match") String etag);

    @PUT
    @Path("/characters/{character_id}/calendar/{event_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @EsiScope(RESPOND_EVENTS)
    Response respond(@PathParam("character_id") long characterId, @PathParam("event_id") long eventId,
                     @HeaderParam("Authorization") String authorization, String reply);

    @GET
    @Path("/characters/{character_id}/calendar/{event_id}/attendees")
    @EsiScope(READ_EVENTS)
    Response attendees(@PathParam("character_id") long characterId, @PathParam("event_id") long eventId,
                       @HeaderParam("Authorization") String authorization,
                       @HeaderParam("If-None-Match") String etag);
}
