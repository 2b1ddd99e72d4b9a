package org.eveseat.domain.contact.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings a character's stored contacts and contact labels up to date with ESI. Never throws: the outcome says what
 * happened, and a failed ESI call leaves the stored list as it was.
 */
public interface SyncContactsUseCase {
    SyncOutcome sync(CharacterId characterId);
}
