package org.eveseat.adapter.web.rest.sync;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.sync.model.SyncEndpoint.OwnerKind;
import org.eveseat.domain.sync.model.SyncTimes;
import org.eveseat.domain.sync.port.in.SyncTimesQuery;

/**
 * When a character's or corporation's data was last synced from ESI and when it is synced next, per endpoint:
 * what the player's screens show as "last synced at" and "next sync at".
 */
@Path("v1/{kind: characters|corporations}/{ownerId}/sync-times")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "How fresh a character's or corporation's synced data is")
public class SyncTimesResource {
    @Inject
    SyncTimesQuery times;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Last and next sync of each endpoint of a character or corporation",
            description = "One entry per endpoint the server syncs for this kind of owner (e.g. MAIL, "
                    + "WALLET_JOURNAL, CORPORATION_CONTRACTS): `planned` false when it is not synced for this owner "
                    + "(the scope not granted, the token revoked, no member with the roles), else `lastSuccess` "
                    + "(null before the first success), `nextDue` and `lastStatus` (NEW before the first run).")
    @APIResponse(responseCode = "200", description = "{times: [{endpoint, planned, lastSuccess, nextDue, "
            + "lastStatus}]}")
    @APIResponse(responseCode = "400", description = "Malformed id (problem+json)")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    @APIResponse(responseCode = "404", description = "No such character or corporation for this caller "
            + "(problem+json)")
    public JsonObject times(@Parameter(description = "characters or corporations", required = true)
                            @PathParam("kind") String kind, @PathParam("ownerId") String ownerId) {
        boolean corporation = kind.equals("corporations");
        long owner = RequestParams.id(ownerId, corporation ? "corporationId" : "characterId");
        JsonArrayBuilder all = JSON.createArrayBuilder();
        times.times(RequestParams.viewer(security), corporation ? OwnerKind.CORPORATION : OwnerKind.CHARACTER, owner)
                .forEach(entry -> all.add(json(entry)));
        return JSON.createObjectBuilder().add("times", all).build();
    }

    static JsonObject json(SyncTimes entry) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("endpoint", entry.endpoint().name())
                .add("planned", entry.planned());
        instant(json, "lastSuccess", entry.lastSuccess());
        instant(json, "nextDue", entry.nextDue());
        return (entry.lastStatus() == null ? json.addNull("lastStatus") : json.add("lastStatus", entry.lastStatus()))
                .build();
    }

    private static void instant(JsonObjectBuilder json, String name, Instant at) {
        if (at == null) {
            json.addNull(name);
        } else {
            json.add(name, at.toString());
        }
    }
}
