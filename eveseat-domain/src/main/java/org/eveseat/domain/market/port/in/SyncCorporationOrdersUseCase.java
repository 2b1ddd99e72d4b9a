package org.eveseat.domain.market.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/** Syncs a corporation's open market orders with a member's token (ESI wants the Accountant or Trader role). */
public interface SyncCorporationOrdersUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId via);
}
