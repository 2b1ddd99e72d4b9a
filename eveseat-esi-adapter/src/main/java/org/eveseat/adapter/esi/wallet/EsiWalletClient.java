package org.eveseat.adapter.esi.wallet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;
import org.eveseat.domain.wallet.model.WalletScopes;

/** ESI wallet routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiWalletClient {
    @GET
    @Path("/characters/{character_id}/wallet")
    @EsiScope(WalletScopes.READ_CHARACTER_WALLET)
    Response balance(@PathParam("character_id") long characterId,
                     @HeaderParam("Authorization") String authorization,
                     @HeaderParam("If-None-Match") String etag);
}
