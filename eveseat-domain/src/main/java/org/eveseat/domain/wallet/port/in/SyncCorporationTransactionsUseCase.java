package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Syncs the market transactions of all seven wallet divisions of a corporation as one scheduled sync. Never
 * throws: the outcome is the most telling of the divisions' outcomes.
 */
public interface SyncCorporationTransactionsUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId via);
}
