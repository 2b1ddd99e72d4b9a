package org.eveseat.domain.wallet.service;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.WalletStatistics;
import org.eveseat.domain.wallet.model.WalletStatistics.ByCounterparty;
import org.eveseat.domain.wallet.port.in.WalletStatisticsQuery;
import org.eveseat.domain.wallet.port.out.WalletStatisticsRepository;

/** Statistics summed by the store, with the top counterparties named. */
public class WalletStatisticsService implements WalletStatisticsQuery {
    private final WalletAccess access;
    private final WalletStatisticsRepository statistics;
    private final PartyNames names;

    public WalletStatisticsService(WalletAccess access, WalletStatisticsRepository statistics, PartyNames names) {
        this.access = access;
        this.statistics = statistics;
        this.names = names;
    }

    @Override
    public WalletStatistics statistics(Viewer viewer, JournalOwner owner, StatisticsRange range) {
        access.require(viewer, owner);
        WalletStatistics summed = statistics.statistics(owner, range);
        Set<Long> parties = summed.topCounterparties().stream().map(ByCounterparty::partyId)
                .collect(Collectors.toSet());
        if (parties.isEmpty()) {
            return summed;
        }
        Map<Long, String> known = names.of(parties);
        return summed.withCounterparties(summed.topCounterparties().stream()
                .map(c -> new ByCounterparty(c.partyId(), known.get(c.partyId()), c.totals())).toList());
    }
}
