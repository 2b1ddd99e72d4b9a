package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletTransaction;

/** One keyset page of stored market transactions; NotFound for a wallet the viewer may not see. */
public interface ListTransactionsQuery {
    KeysetPage<WalletTransaction> list(Viewer viewer, JournalOwner owner, TransactionSearch search);
}
