package org.eveseat.domain.calendar.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings a character's stored list of calendar events up to date with ESI. Never throws: the outcome says what
 * happened, and a failed ESI call leaves the stored calendar as it was.
 */
public interface SyncCalendarUseCase {
    SyncOutcome sync(CharacterId characterId);
}
