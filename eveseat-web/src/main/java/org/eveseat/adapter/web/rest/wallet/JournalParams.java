package org.eveseat.adapter.web.rest.wallet;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.KeysetParams;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.wallet.model.JournalFilter;
import org.eveseat.domain.wallet.model.JournalSearch;

/** The query parameters of a journal listing: the keyset cursor, the page size and the filters. */
public class JournalParams extends KeysetParams {
    /** comma-separated ESI ref types, e.g. bounty_prizes,market_transaction */
    @QueryParam("refTypes")
    String refTypes;
    /** from this date (2026-05-01, UTC) or ISO-8601 instant, included */
    @QueryParam("from")
    String from;
    /** up to this date or instant, excluded */
    @QueryParam("to")
    String to;
    /** least amount in ISK (negative for expenses) */
    @QueryParam("minAmount")
    String minAmount;
    /** greatest amount in ISK */
    @QueryParam("maxAmount")
    String maxAmount;
    /** only entries with this id as first or second party */
    @QueryParam("counterparty")
    String counterparty;

    JournalSearch search() {
        JournalFilter filter = new JournalFilter(WalletParams.refTypes(refTypes), RequestParams.instant(from, "from"),
                RequestParams.instant(to, "to"), WalletParams.amount(minAmount, "minAmount"),
                WalletParams.amount(maxAmount, "maxAmount"), RequestParams.optionalId(counterparty, "counterparty"));
        return new JournalSearch(filter, beforeId(), afterId(), limit(JournalSearch.DEFAULT_LIMIT));
    }
}
