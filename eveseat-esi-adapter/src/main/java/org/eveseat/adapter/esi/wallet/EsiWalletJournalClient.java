package org.eveseat.adapter.esi.wallet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;
import org.eveseat.domain.wallet.model.WalletScopes;

/** ESI routes of a character's wallet history (spec 2026-08-04); responses stay raw for the cache headers. */
public interface EsiWalletJournalClient {
    @GET
    @Path("/characters/{character_id}/wallet/journal")
    @EsiScope(WalletScopes.READ_CHARACTER_WALLET)
    Response journal(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                     @HeaderParam("Authorization") String authorization,
                     @HeaderParam("If-None-Match") String etag);

    /** {@code fromId} null asks for the newest transactions. */
    @GET
    @Path("/characters/{character_id}/wallet/transactions")
    @EsiScope(WalletScopes.READ_CHARACTER_WALLET)
    Response transactions(@PathParam("character_id") long characterId, @QueryParam("from_id") Long fromId,
                          @HeaderParam("Authorization") String authorization,
                          @HeaderParam("If-None-Match") String etag);
}
