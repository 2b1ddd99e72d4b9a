package org.eveseat.domain.contact.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/**
 * Who may read which contact list: a character's owner, a member's account for a corporation's, admins for all.
 * Alliance lists are not synced yet, so they are visible to nobody.
 */
final class ContactListAccess {
    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;

    ContactListAccess(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations) {
        this.characters = characters;
        this.corporations = corporations;
    }

    void requireVisible(Viewer viewer, ContactOwner owner) {
        switch (owner.kind()) {
            case CHARACTER -> characters.requireVisible(viewer, new CharacterId(owner.id()));
            case CORPORATION -> corporations.requireVisible(viewer, new CorporationId(owner.id()));
            case ALLIANCE -> throw new NotFoundException("alliance " + owner.id() + " not found");
        }
    }
}
