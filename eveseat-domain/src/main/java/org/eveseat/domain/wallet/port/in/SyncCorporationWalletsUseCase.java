package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Stores a corporation's division balances and, when the member reading them is a Director, the division names.
 * Never throws: the outcome says what happened.
 */
public interface SyncCorporationWalletsUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId via);
}
