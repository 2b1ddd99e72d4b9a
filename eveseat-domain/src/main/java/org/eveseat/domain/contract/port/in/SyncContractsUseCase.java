package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings a character's stored contracts up to date with ESI: the contract list, the items (and bids) of contracts
 * whose details were never stored, and the bids of its outstanding auctions. Never throws; a failed ESI call
 * leaves what is stored as it was.
 */
public interface SyncContractsUseCase {
    SyncOutcome sync(CharacterId characterId);
}
