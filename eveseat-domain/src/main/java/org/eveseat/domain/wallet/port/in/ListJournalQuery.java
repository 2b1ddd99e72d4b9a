package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalLine;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * One keyset page of a stored journal with its parties' names; NotFound for a wallet the viewer may not see (a
 * character of another account, a corporation where none of the viewer's characters is Director or Accountant).
 */
public interface ListJournalQuery {
    KeysetPage<JournalLine> list(Viewer viewer, JournalOwner owner, JournalSearch search);
}
