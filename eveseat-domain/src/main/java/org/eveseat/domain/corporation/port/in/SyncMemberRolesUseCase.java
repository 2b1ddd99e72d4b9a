package org.eveseat.domain.corporation.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Replaces the stored roles of a corporation's members with ESI's, read with the token of {@code via}. Never
 * throws: the outcome says what happened.
 */
public interface SyncMemberRolesUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId via);
}
