package org.eveseat.adapter.web.rest.wallet;

import java.time.Clock;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.WalletTransaction;
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
    @Inject
    ResolveNamesQuery names;

    JsonObject journal(Viewer viewer, JournalOwner owner, JournalParams params) {
        return WalletJson.page("entries", journal.list(viewer, owner, params.search()), WalletJson::line);
    }

    JsonObject transactions(Viewer viewer, JournalOwner owner, TransactionParams params) {
        KeysetPage<WalletTransaction> page = transactions.list(viewer, owner, params.search());
        EntityNames named = names.resolve(NamesJson.ids(page.items().stream()
                .flatMap(t -> Stream.of(t.typeId().value(), t.clientId(), t.locationId()))));
        return WalletJson.page("transactions", page, t -> WalletJson.transaction(t, named));
    }

    JsonObject statistics(Viewer viewer, JournalOwner owner, StatisticsParams params) {
        return WalletJson.statistics(statistics.statistics(viewer, owner, params.range(clock.instant())));
    }
}
