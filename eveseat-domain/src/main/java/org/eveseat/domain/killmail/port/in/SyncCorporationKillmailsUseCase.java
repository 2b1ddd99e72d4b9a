package org.eveseat.domain.killmail.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Like {@link SyncKillmailsUseCase} for a corporation's recent killmails, read with the token of a member that
 * grants the corporation killmails scope (ESI also wants the Director role). Never throws.
 */
public interface SyncCorporationKillmailsUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId viaCharacterId);
}
