package org.eveseat.adapter.web.rest.wallet;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.wallet.model.JournalFilter;
import org.eveseat.domain.wallet.model.JournalSearch;

/** The query parameters of a journal listing: the keyset cursor, the page size and the filters. */
public class JournalParams {
    @QueryParam("before")
    @Parameter(description = "cursor: entries older than this journal id (a page's `older`)")
    String before;
    @QueryParam("after")
    @Parameter(description = "cursor: entries newer than this journal id (a page's `newer`)")
    String after;
    @QueryParam("limit")
    @Parameter(description = "1-1000, default 50")
    String limit;
    @QueryParam("refTypes")
    @Parameter(description = "comma-separated ESI ref types, e.g. bounty_prizes,market_transaction")
    String refTypes;
    @QueryParam("from")
    @Parameter(description = "from this date (2026-05-01, UTC) or ISO-8601 instant, included")
    String from;
    @QueryParam("to")
    @Parameter(description = "up to this date or instant, excluded")
    String to;
    @QueryParam("minAmount")
    @Parameter(description = "least amount in ISK (negative for expenses)")
    String minAmount;
    @QueryParam("maxAmount")
    @Parameter(description = "greatest amount in ISK")
    String maxAmount;
    @QueryParam("counterparty")
    @Parameter(description = "only entries with this id as first or second party")
    String counterparty;

    JournalSearch search() {
        JournalFilter filter = new JournalFilter(WalletParams.refTypes(refTypes), WalletParams.instant(from, "from"),
                WalletParams.instant(to, "to"), WalletParams.amount(minAmount, "minAmount"),
                WalletParams.amount(maxAmount, "maxAmount"), RequestParams.optionalId(counterparty, "counterparty"));
        return new JournalSearch(filter, RequestParams.optionalId(before, "before"), RequestParams.optionalId(after, "after"),
                RequestParams.limit(limit, JournalSearch.DEFAULT_LIMIT));
    }
}
