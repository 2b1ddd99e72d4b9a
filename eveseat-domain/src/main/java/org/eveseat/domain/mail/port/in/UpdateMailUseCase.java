package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Marks a mail read or unread and/or replaces its labels, in EVE (through ESI) and in the stored copy. */
public interface UpdateMailUseCase {
    void update(Viewer viewer, CharacterId characterId, long mailId, MailUpdate update);
}
