package org.eveseat.domain.wallet.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * Income and expense of one wallet over a range: per ref type, per time bucket (oldest first), and the
 * counterparties that moved the most ISK either way.
 */
public record WalletStatistics(List<ByRefType> byRefType, List<ByPeriod> byPeriod,
                               List<ByCounterparty> topCounterparties) {
    public WalletStatistics {
        byRefType = Require.list(byRefType, "ref type totals");
        byPeriod = Require.list(byPeriod, "period totals");
        topCounterparties = Require.list(topCounterparties, "counterparty totals");
    }

    public record ByRefType(JournalRefType refType, Totals totals) {
    }

    public record ByPeriod(Instant start, Totals totals) {
    }

    /** {@code name} is null while the party's name is not known. */
    public record ByCounterparty(long partyId, String name, Totals totals) {
    }

    public WalletStatistics withCounterparties(List<ByCounterparty> named) {
        return new WalletStatistics(byRefType, byPeriod, named);
    }
}
