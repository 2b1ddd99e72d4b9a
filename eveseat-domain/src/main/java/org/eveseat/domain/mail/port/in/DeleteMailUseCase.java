package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Deletes a mail in EVE (through ESI) and from the stored mail. */
public interface DeleteMailUseCase {
    void delete(Viewer viewer, CharacterId characterId, long mailId);
}
