package org.eveseat.domain.contact.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/**
 * Who may read which contact list: a character's owner, a member's account for a corporation's or its alliance's,
 * admins for all.
 */
final class ContactListAccess {
    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;
    private final ContactRepository contacts;

    ContactListAccess(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                      ContactRepository contacts) {
        this.characters = characters;
        this.corporations = corporations;
        this.contacts = contacts;
    }

    void requireVisible(Viewer viewer, ContactOwner owner) {
        switch (owner.kind()) {
            case CHARACTER -> characters.requireVisible(viewer, new CharacterId(owner.id()));
            case CORPORATION -> corporations.requireVisible(viewer, new CorporationId(owner.id()));
            case ALLIANCE -> {
                if (!viewer.admin() && !contacts.allianceHasMember(new AllianceId(owner.id()), viewer.accountId())) {
                    throw new NotFoundException("alliance " + owner.id() + " not found");
                }
            }
        }
    }
}
