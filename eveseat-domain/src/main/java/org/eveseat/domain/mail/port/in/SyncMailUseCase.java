package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings a character's stored mail up to date with ESI: labels, mailing lists, and headers (new mail, read flags,
 * labels). Never throws: the outcome says what happened, and a failed ESI call leaves stored mail as it was.
 */
public interface SyncMailUseCase {
    SyncOutcome sync(CharacterId characterId);
}
