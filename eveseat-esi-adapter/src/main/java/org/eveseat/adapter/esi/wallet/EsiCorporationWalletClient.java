package org.eveseat.adapter.esi.wallet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI routes of a corporation's wallets (spec 2026-08-04); they need the Accountant or Junior Accountant role. */
public interface EsiCorporationWalletClient {
    String READ_CORPORATION_WALLETS = "esi-wallet.read_corporation_wallets.v1";

    @GET
    @Path("/corporations/{corporation_id}/wallets")
    @EsiScope(READ_CORPORATION_WALLETS)
    Response balances(@PathParam("corporation_id") long corporationId,
                      @HeaderParam("Authorization") String authorization,
                      @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/wallets/{division}/journal")
    @EsiScope(READ_CORPORATION_WALLETS)
    Response journal(@PathParam("corporation_id") long corporationId, @PathParam("division") int division,
                     @QueryParam("page") int page, @HeaderParam("Authorization") String authorization,
                     @HeaderParam("If-None-Match") String etag);

    /** {@code fromId} null asks for the newest transactions. */
    @GET
    @Path("/corporations/{corporation_id}/wallets/{division}/transactions")
    @EsiScope(READ_CORPORATION_WALLETS)
    Response transactions(@PathParam("corporation_id") long corporationId, @PathParam("division") int division,
                          @QueryParam("from_id") Long fromId, @HeaderParam("Authorization") String authorization,
                          @HeaderParam("If-None-Match") String etag);
}
