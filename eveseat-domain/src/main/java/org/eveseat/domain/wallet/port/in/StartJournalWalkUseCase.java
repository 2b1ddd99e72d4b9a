package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;

/**
 * Begins a page-by-page read of a journal, noting the newest entry already stored so the walk stops there. The
 * token is that of {@code via}: the character itself, or a member with an accountant role for a corporation.
 */
public interface StartJournalWalkUseCase {
    JournalWalk start(JournalOwner owner, CharacterId via);
}
