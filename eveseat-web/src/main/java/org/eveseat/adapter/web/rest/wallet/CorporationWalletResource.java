package org.eveseat.adapter.web.rest.wallet;

import static org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.QUERY;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.port.in.CorporationWalletsQuery;

/**
 * A corporation's wallet divisions, for callers with a character that is Director or Accountant there (roles as
 * last synced from ESI) and for admins; anyone else gets 404 as if the corporation did not exist.
 */
@Path("v1/corporations/{corporationId}/wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corporation wallet", description = "A corporation's seven wallet divisions, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such corporation for this caller (problem+json)")
public class CorporationWalletResource {
    @Inject
    WalletReads reads;
    @Inject
    CorporationWalletsQuery wallets;
    @Context
    SecurityContext security;
    @PathParam("corporationId")
    String corporationId;
    /** wallet division 1-7, default 1 (the master wallet) */
    @QueryParam("division")
    String division;

    @GET
    @Path("balance")
    @Operation(summary = "The seven divisions with their names and last synced balances")
    @APIResponse(responseCode = "200", description = "{divisions: [{division, name, balance, syncedAt}]}")
    public JsonObject balance() {
        return WalletJson.divisions(wallets.wallets(RequestParams.viewer(security),
                new CorporationId(RequestParams.id(corporationId, "corporation id"))));
    }

    @GET
    @Path("journal")
    @Operation(summary = "List a division's journal newest first, keyset-paged and filtered like a character's",
            description = "Parameters as for a character's journal.")
    @APIResponse(responseCode = "200", description = "{entries: [entry], older: id or null, newer: id or null}")
    @Parameter(name = "refTypes", in = QUERY) @Parameter(name = "from", in = QUERY) @Parameter(name = "to", in = QUERY)
    @Parameter(name = "minAmount", in = QUERY) @Parameter(name = "maxAmount", in = QUERY)
    @Parameter(name = "counterparty", in = QUERY)
    @Parameter(name = "before", in = QUERY) @Parameter(name = "after", in = QUERY)
    @Parameter(name = "limit", in = QUERY)
    public JsonObject journal(@BeanParam JournalParams params) {
        return reads.journal(RequestParams.viewer(security), owner(), params);
    }

    @GET
    @Path("transactions")
    @Operation(summary = "List a division's market transactions newest first, keyset-paged like a character's")
    @APIResponse(responseCode = "200", description = "{transactions: [transaction], older, newer}")
    @Parameter(name = "before", in = QUERY) @Parameter(name = "after", in = QUERY)
    @Parameter(name = "limit", in = QUERY)
    public JsonObject transactions(@BeanParam TransactionParams params) {
        return reads.transactions(RequestParams.viewer(security), owner(), params);
    }

    @GET
    @Path("statistics")
    @Operation(summary = "A division's income and expense by ref type, by period, and its top counterparties",
            description = "Parameters as for a character's statistics.")
    @APIResponse(responseCode = "200", description = "{byRefType: [], byPeriod: [], topCounterparties: []}")
    @Parameter(name = "from", in = QUERY) @Parameter(name = "to", in = QUERY) @Parameter(name = "period", in = QUERY)
    @Parameter(name = "top", in = QUERY)
    public JsonObject statistics(@BeanParam StatisticsParams params) {
        return reads.statistics(RequestParams.viewer(security), owner(), params);
    }

    private JournalOwner owner() {
        return JournalOwner.corporation(RequestParams.id(corporationId, "corporation id"), WalletParams.division(division));
    }
}
