package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.port.in.MailLabelsQuery;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Serves the labels (and unread counts) of the last sync. */
public class ListMailLabelsService implements MailLabelsQuery {
    private final CharacterVisibilityQuery visibility;
    private final MailRepository mail;

    public ListMailLabelsService(CharacterVisibilityQuery visibility, MailRepository mail) {
        this.visibility = visibility;
        this.mail = mail;
    }

    @Override
    public MailLabels labels(Viewer viewer, CharacterId characterId) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        return mail.labels(characterId);
    }
}
