package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** A character's stored mail labels with their unread counts. */
public interface MailLabelsQuery {
    MailLabels labels(Viewer viewer, CharacterId characterId);
}
