package org.eveseat.domain.sync.port.in;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.sync.model.FirstSync;

/** Whether a linked character's first sync is still running, for the pilot's own pages. */
public interface FirstSyncQuery {
    FirstSync of(LinkedCharacter character);
}
