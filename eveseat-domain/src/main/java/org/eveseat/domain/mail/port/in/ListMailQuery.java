package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** One page of a character's stored mail headers; NotFound for characters the viewer may not see. */
public interface ListMailQuery {
    MailPage list(Viewer viewer, CharacterId characterId, MailSearch search);
}
