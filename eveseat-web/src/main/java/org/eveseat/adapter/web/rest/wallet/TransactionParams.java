package org.eveseat.adapter.web.rest.wallet;

import org.eveseat.adapter.web.rest.KeysetParams;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.TransactionSearch;

/** The query parameters of a transaction listing: the keyset cursor and the page size. */
public class TransactionParams extends KeysetParams {
    TransactionSearch search() {
        return new TransactionSearch(beforeId(), afterId(), limit(JournalSearch.DEFAULT_LIMIT));
    }
}
