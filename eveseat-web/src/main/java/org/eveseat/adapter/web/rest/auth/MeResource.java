package org.eveseat.adapter.web.rest.auth;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.ListCharactersQuery;

/** The caller's account and characters, including whether each character's SSO token still works. */
@Path("v1/auth/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    ListCharactersQuery characters;

    @Context
    SecurityContext security;

    @GET
    public JsonObject me() {
        SessionPrincipal caller = (SessionPrincipal) security.getUserPrincipal();
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (LinkedCharacter character : characters.charactersOf(caller.accountId())) {
            JsonArrayBuilder scopes = JSON.createArrayBuilder();
            character.scopes().stream().sorted().forEach(scopes::add);
            list.add(JSON.createObjectBuilder()
                    .add("id", character.id().value())
                    .add("name", character.name())
                    .add("tokenValid", character.tokenState() == TokenState.VALID)
                    .add("scopes", scopes));
        }
        return JSON.createObjectBuilder()
                .add("accountId", caller.accountId().value())
                .add("admin", caller.isAdmin())
                .add("characters", list)
                .build();
    }
}
