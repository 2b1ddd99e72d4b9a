package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.wallet.model.JournalOwner;

/**
 * Stores the market transactions of a character or corporation division that are newer than the stored ones,
 * read with the token of {@code via}. Never throws: the outcome says what happened.
 */
public interface SyncWalletTransactionsUseCase {
    SyncOutcome sync(JournalOwner owner, CharacterId via);
}
