package org.eveseat.domain.wallet.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletTransaction;

/**
 * Keeps market transactions beyond ESI's window. Like journal entries they never change, so storing is an
 * idempotent insert keyed by owner and transaction id.
 */
public interface WalletTransactionRepository {
    /** Stores the transactions not yet known for this owner and returns how many were new. */
    int insertNew(JournalOwner owner, List<WalletTransaction> transactions);

    OptionalLong newestId(JournalOwner owner);

    KeysetPage<WalletTransaction> page(JournalOwner owner, TransactionSearch search);
}
