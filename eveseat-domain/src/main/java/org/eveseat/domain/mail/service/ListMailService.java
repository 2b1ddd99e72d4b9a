package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.port.in.ListMailQuery;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Lists stored mail headers; never calls ESI, so paging through a mailbox costs no ESI budget. */
public class ListMailService implements ListMailQuery {
    private final CharacterVisibilityQuery visibility;
    private final MailRepository mail;

    public ListMailService(CharacterVisibilityQuery visibility, MailRepository mail) {
        this.visibility = visibility;
        this.mail = mail;
    }

    @Override
    public MailPage list(Viewer viewer, CharacterId characterId, MailSearch search) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        return mail.list(characterId, search);
    }
}
