package org.eveseat.domain.wallet.service;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.in.ListTransactionsQuery;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;

/** Lists stored market transactions of a wallet the viewer may see. */
public class ListTransactionsService implements ListTransactionsQuery {
    private final WalletAccess access;
    private final WalletTransactionRepository transactions;

    public ListTransactionsService(WalletAccess access, WalletTransactionRepository transactions) {
        this.access = access;
        this.transactions = transactions;
    }

    @Override
    public KeysetPage<WalletTransaction> list(Viewer viewer, JournalOwner owner, TransactionSearch search) {
        access.require(viewer, owner);
        return transactions.page(owner, search);
    }
}
