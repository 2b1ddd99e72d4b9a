package org.eveseat.domain.wallet.port.out;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Reads stored journals a page at a time. Kept apart from {@link WalletJournalRepository}, which the sync writes
 * through, because listing is the API's concern: its cost must not depend on how deep the page is.
 */
public interface JournalSearchRepository {
    KeysetPage<WalletJournalEntry> page(JournalOwner owner, JournalSearch search);
}
