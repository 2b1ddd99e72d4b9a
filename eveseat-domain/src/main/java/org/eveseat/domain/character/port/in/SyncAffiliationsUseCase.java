package org.eveseat.domain.character.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Reads from ESI which corporation every linked character is in now. Never throws: the outcome says. */
public interface SyncAffiliationsUseCase {
    SyncOutcome sync();
}
