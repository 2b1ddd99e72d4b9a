package org.eveseat.domain.mail.service;

import java.util.List;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.port.in.MailingListsQuery;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Serves the mailing lists of the last sync, e.g. to offer them as recipients. */
public class ListMailingListsService implements MailingListsQuery {
    private final CharacterVisibilityQuery visibility;
    private final MailRepository mail;

    public ListMailingListsService(CharacterVisibilityQuery visibility, MailRepository mail) {
        this.visibility = visibility;
        this.mail = mail;
    }

    @Override
    public List<MailingList> mailingLists(Viewer viewer, CharacterId characterId) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        return mail.mailingLists(characterId);
    }
}
