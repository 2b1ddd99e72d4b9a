package org.eveseat.adapter.web.rest.wallet;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.TransactionSearch;

/** The query parameters of a transaction listing: the keyset cursor and the page size. */
public class TransactionParams {
    /** cursor: transactions older than this id (a page's `older`) */
    @QueryParam("before")
    String before;
    /** cursor: transactions newer than this id (a page's `newer`) */
    @QueryParam("after")
    String after;
    /** 1-1000, default 50 */
    @QueryParam("limit")
    String limit;

    TransactionSearch search() {
        return new TransactionSearch(RequestParams.optionalId(before, "before"), RequestParams.optionalId(after, "after"),
                RequestParams.limit(limit, JournalSearch.DEFAULT_LIMIT));
    }
}
