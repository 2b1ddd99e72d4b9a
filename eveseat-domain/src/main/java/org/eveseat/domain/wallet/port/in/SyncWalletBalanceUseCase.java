package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/** Brings a character's stored wallet balance up to date with ESI. Never throws: the outcome says what happened. */
public interface SyncWalletBalanceUseCase {
    SyncOutcome sync(CharacterId characterId);
}
