package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Creates a mail label in EVE (through ESI) and stores it; answers the label with the id EVE gave it. */
public interface CreateMailLabelUseCase {
    MailLabel create(Viewer viewer, CharacterId characterId, NewMailLabel label);
}
