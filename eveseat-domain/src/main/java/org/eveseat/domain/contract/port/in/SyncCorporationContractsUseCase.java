package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Like {@link SyncContractsUseCase} for a corporation's contracts, read with the token of a member that grants
 * the corporation contracts scope. Never throws.
 */
public interface SyncCorporationContractsUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId viaCharacterId);
}
