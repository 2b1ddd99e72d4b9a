package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Deletes a custom mail label in EVE (through ESI) and from the stored labels and mails. */
public interface DeleteMailLabelUseCase {
    void delete(Viewer viewer, CharacterId characterId, long labelId);
}
