package org.eveseat.adapter.web.rest.auth;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.CharacterCorporationsQuery;
import org.eveseat.domain.character.port.in.ListCharactersQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.sync.model.FirstSync;
import org.eveseat.domain.sync.port.in.FirstSyncQuery;

/**
 * The caller's account and characters, including whether each character's SSO token still works, its corporation
 * (once read) and how far its first sync has come (the pages say "first sync running" until every endpoint has run
 * once).
 */
@Path("v1/auth/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    ListCharactersQuery characters;

    @Inject
    FirstSyncQuery firstSync;

    @Inject
    CharacterCorporationsQuery corporations;

    @Context
    SecurityContext security;

    @GET
    public JsonObject me() {
        SessionPrincipal caller = (SessionPrincipal) security.getUserPrincipal();
        JsonArrayBuilder list = JSON.createArrayBuilder();
        Map<CharacterId, CorporationId> corporationOf = corporations.corporationsOf(caller.accountId());
        for (LinkedCharacter character : characters.charactersOf(caller.accountId())) {
            JsonArrayBuilder scopes = JSON.createArrayBuilder();
            character.scopes().stream().sorted().forEach(scopes::add);
            list.add(JSON.createObjectBuilder()
                    .add("id", character.id().value())
                    .add("name", character.name())
                    .add("tokenValid", character.tokenState() == TokenState.VALID)
                    .add("scopes", scopes)
                    .add("corporationId", corporationId(corporationOf.get(character.id())))
                    .add("firstSync", firstSyncOf(character)));
        }
        return JSON.createObjectBuilder()
                .add("accountId", caller.accountId().value())
                .add("admin", caller.isAdmin())
                .add("characters", list)
                .build();
    }

    /** Null until the character's affiliation has been read. */
    private static JsonValue corporationId(CorporationId corporation) {
        return corporation == null ? JsonValue.NULL : JSON.createValue(corporation.value());
    }

    private JsonObject firstSyncOf(LinkedCharacter character) {
        FirstSync progress = firstSync.of(character);
        return JSON.createObjectBuilder()
                .add("running", progress.running())
                .add("endpoints", progress.endpoints())
                .add("done", progress.done())
                .build();
    }
}
