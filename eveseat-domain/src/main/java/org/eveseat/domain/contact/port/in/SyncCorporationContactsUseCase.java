package org.eveseat.domain.contact.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings a corporation's stored contacts and labels up to date, read with the token of one of its members.
 * Never throws, like every sync; a failed ESI call leaves the stored list as it was.
 */
public interface SyncCorporationContactsUseCase {
    SyncOutcome sync(CorporationId corporationId, CharacterId member);
}
