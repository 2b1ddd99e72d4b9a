package org.eveseat.adapter.web.rest.wallet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.wallet.model.JournalOwner;

/**
 * A character's stored wallet journal, market transactions and statistics (the balance is {@link WalletResource}).
 * A character the caller neither owns nor administers answers 404 like one that does not exist.
 */
@Path("v1/wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "A character's wallet, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such character for this caller (problem+json)")
public class CharacterWalletResource {
    @Inject
    WalletReads reads;
    @Context
    SecurityContext security;

    @GET
    @Path("journal/{characterId}")
    @Operation(summary = "List journal entries newest first, keyset-paged and filtered",
            description = "Pass a page's `older` as `before` for the next older page, its `newer` as `after` for "
                    + "the page above. Party names are resolved through ESI once and kept. Filters combine.")
    @APIResponse(responseCode = "200", description = "{entries: [entry], older: id or null, newer: id or null}")
    @Parameter(name = "refTypes", in = ParameterIn.QUERY,
            description = "comma-separated ESI ref types, e.g. bounty_prizes,market_transaction")
    @Parameter(name = "from", in = ParameterIn.QUERY,
            description = "from this date (2026-05-01, UTC) or ISO-8601 instant, included")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "up to this date or instant, excluded")
    @Parameter(name = "minAmount", in = ParameterIn.QUERY, description = "least amount in ISK (negative for expenses)")
    @Parameter(name = "maxAmount", in = ParameterIn.QUERY, description = "greatest amount in ISK")
    @Parameter(name = "counterparty", in = ParameterIn.QUERY,
            description = "only entries with this id as first or second party")
    @Parameter(name = "before", in = ParameterIn.QUERY, description = "a page's older id: the next older page")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "a page's newer id: the page above")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, default 50")
    public JsonObject journal(@PathParam("characterId") String characterId, @BeanParam JournalParams params) {
        return reads.journal(RequestParams.viewer(security), owner(characterId), params);
    }

    @GET
    @Path("transactions/{characterId}")
    @Operation(summary = "List market transactions newest first, keyset-paged like the journal")
    @APIResponse(responseCode = "200", description = "{transactions: [transaction], older, newer}")
    @Parameter(name = "before", in = ParameterIn.QUERY, description = "a page's older id: the next older page")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "a page's newer id: the page above")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, default 50")
    public JsonObject transactions(@PathParam("characterId") String characterId,
                                   @BeanParam TransactionParams params) {
        return reads.transactions(RequestParams.viewer(security), owner(characterId), params);
    }

    @GET
    @Path("statistics/{characterId}")
    @Operation(summary = "Income and expense by ref type, by day, week or month, and the top counterparties",
            description = "Income sums positive amounts, expense negative ones (kept negative); buckets in UTC.")
    @APIResponse(responseCode = "200", description = "{byRefType: [], byPeriod: [], topCounterparties: []}")
    @Parameter(name = "from", in = ParameterIn.QUERY,
            description = "from this date (2026-05-01, UTC) or ISO-8601 instant, included; default a year before `to`")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "up to this date or instant, excluded; default now")
    @Parameter(name = "period", in = ParameterIn.QUERY,
            description = "day, week (from Monday) or month, in UTC; default month")
    @Parameter(name = "top", in = ParameterIn.QUERY, description = "how many top counterparties, 1-100, default 10")
    public JsonObject statistics(@PathParam("characterId") String characterId, @BeanParam StatisticsParams params) {
        return reads.statistics(RequestParams.viewer(security), owner(characterId), params);
    }

    private static JournalOwner owner(String characterId) {
        return JournalOwner.character(RequestParams.id(characterId, "character id"));
    }
}
