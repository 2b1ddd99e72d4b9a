package org.eveseat.adapter.web.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.adapter.web.rest.SyncOutcomeJson;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.port.in.SyncMailUseCase;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;

/** "Sync my mail now" for the owner, within ESI's cache rules, without waiting for the scheduler. */
@Path("v1/characters/{characterId}/mail/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class MailSyncResource {
    @Inject
    SyncMailUseCase sync;
    @Inject
    CharacterVisibilityQuery visibility;
    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Sync labels, mailing lists and headers from ESI now",
            description = "Before ESI's Expires the answer is NOT_DUE and ESI is not called.")
    @APIResponse(responseCode = "200", description = "{status: UPDATED, UNCHANGED, NOT_DUE, TOKEN_INVALID or "
            + "FAILED, detail, nextDue}")
    @APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
    public JsonObject syncNow(@PathParam("characterId") String characterId) {
        CharacterId id = CharacterId.parse(characterId);
        if (!visibility.canSee(RequestParams.viewer(security), id)) {
            throw new NotFoundException("character " + id + " not found");
        }
        return SyncOutcomeJson.of(sync.sync(id));
    }
}
