package org.eveseat.domain.wallet.port.out;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.WalletStatistics;

/**
 * Sums a stored journal over a range in the database, where the rows are: a year of a busy corporation wallet is
 * far too many rows to send to the application. Counterparty names are left null.
 */
public interface WalletStatisticsRepository {
    WalletStatistics statistics(JournalOwner owner, StatisticsRange range);
}
