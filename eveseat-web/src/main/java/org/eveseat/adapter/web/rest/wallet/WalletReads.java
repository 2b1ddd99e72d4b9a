package org.eveseat.adapter.web.rest.wallet;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.port.in.ListJournalQuery;
import org.eveseat.domain.wallet.port.in.ListTransactionsQuery;
import org.eveseat.domain.wallet.port.in.WalletStatisticsQuery;

/** The journal, transaction and statistics reads, the same for a character's wallet and a corporation division. */
@ApplicationScoped
class WalletReads {
    private final Clock clock = Clock.systemUTC();

    @Inject
    ListJournalQuery journal;
    @Inject
    ListTransactionsQuery transactions;
    @Inject
    WalletStatisticsQuery statistics;

    JsonObject journal(Viewer viewer, JournalOwner owner, JournalParams params) {
        return WalletJson.page("entries", journal.list(viewer, owner, params.search()), WalletJson::line);
    }

    JsonObject transactions(Viewer viewer, JournalOwner owner, TransactionParams params) {
        return WalletJson.page("transactions", transactions.list(viewer, owner, params.search()),
                WalletJson::transaction);
    }

    JsonObject statistics(Viewer viewer, JournalOwner owner, StatisticsParams params) {
        return WalletJson.statistics(statistics.statistics(viewer, owner, params.range(clock.instant())));
    }
}
