package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.WalletStatistics;

/** Income and expense of a stored journal over a range; NotFound for a wallet the viewer may not see. */
public interface WalletStatisticsQuery {
    WalletStatistics statistics(Viewer viewer, JournalOwner owner, StatisticsRange range);
}
