package org.eveseat.domain.mail.port.in;

import java.util.List;

import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** The stored mailing lists a character has joined. */
public interface MailingListsQuery {
    List<MailingList> mailingLists(Viewer viewer, CharacterId characterId);
}
