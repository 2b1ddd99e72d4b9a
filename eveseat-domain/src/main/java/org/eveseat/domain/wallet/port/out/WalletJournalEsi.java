package org.eveseat.domain.wallet.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;

/**
 * A character's wallet history on ESI: the journal (the last 30 days, all pages walked by the implementation) and
 * the market transactions. Reads honour ESI's cache and report it in the result.
 */
public interface WalletJournalEsi {
    EsiResult<List<WalletJournalEntry>> journal(CharacterId characterId, AccessToken token);

    /** One page of the journal, newest first, for a reader that stores page by page (page 1 honours the cache). */
    EsiResult<EsiPage<WalletJournalEntry>> journalPage(CharacterId characterId, int page, AccessToken token);

    /**
     * One batch of transactions, newest first: from {@code fromId} (included) backwards, or the newest when empty.
     * The batch holding only {@code fromId} means there are no older ones.
     */
    EsiResult<List<WalletTransaction>> transactions(CharacterId characterId, OptionalLong fromId,
                                                    AccessToken token);
}
