package org.eveseat.domain.market.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/** Syncs a character's open market orders and its order history with the character's token. */
public interface SyncCharacterOrdersUseCase {
    SyncOutcome sync(CharacterId characterId);
}
