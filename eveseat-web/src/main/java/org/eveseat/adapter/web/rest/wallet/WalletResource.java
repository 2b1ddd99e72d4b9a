package org.eveseat.adapter.web.rest.wallet;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eveseat.adapter.web.rest.SyncOutcomeJson;
import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;

/** Wallet balance of a character the caller may see; anyone else's character looks like it does not exist. */
@Path("v1/wallet/balance/{characterId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {
    @Inject
    WalletBalanceQuery balances;

    @Inject
    SyncWalletBalanceUseCase sync;

    @Inject
    CharacterVisibilityQuery visibility;

    @Context
    SecurityContext security;

    @GET
    public JsonObject balance(@PathParam("characterId") String characterId) {
        WalletBalance balance = balances.balanceOf(viewer(), CharacterId.parse(characterId));
        return JSON.createObjectBuilder()
                .add("characterId", balance.characterId().value())
                .add("balance", balance.balance().amount().toPlainString())
                .add("syncedAt", balance.syncedAt().toString())
                .build();
    }

    /** Syncs now, still within ESI's cache rules: before Expires the answer is NOT_DUE and ESI is not called. */
    @POST
    @Path("sync")
    public JsonObject syncNow(@PathParam("characterId") String characterId) {
        CharacterId id = CharacterId.parse(characterId);
        if (!visibility.canSee(viewer(), id)) {
            throw new NotFoundException("character " + id + " not found");
        }
        return SyncOutcomeJson.of(sync.sync(id));
    }

    private Viewer viewer() {
        return ((SessionPrincipal) security.getUserPrincipal()).viewer();
    }
}
