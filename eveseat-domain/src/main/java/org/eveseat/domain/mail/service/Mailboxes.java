package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/** The check every mail use case starts with: someone else's character looks like one that does not exist. */
final class Mailboxes {
    private Mailboxes() {
    }

    static void requireVisible(CharacterVisibilityQuery visibility, Viewer viewer, CharacterId characterId) {
        visibility.requireVisible(viewer, characterId);
    }

    static NotFoundException mailNotFound(CharacterId characterId, long mailId) {
        return new NotFoundException("mail " + mailId + " of character " + characterId + " not found");
    }
}
