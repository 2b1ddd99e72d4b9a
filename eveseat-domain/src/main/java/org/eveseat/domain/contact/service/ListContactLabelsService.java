package org.eveseat.domain.contact.service;

import java.util.List;

import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.Viewer;

/** Serves the contact labels of the last sync, e.g. to name the label ids of each contact. */
public class ListContactLabelsService implements ContactLabelsQuery {
    private final ContactListAccess access;
    private final ContactRepository contacts;

    public ListContactLabelsService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                    ContactRepository contacts) {
        this.access = new ContactListAccess(characters, corporations, contacts);
        this.contacts = contacts;
    }

    @Override
    public List<ContactLabel> labels(Viewer viewer, ContactOwner owner) {
        access.requireVisible(viewer, owner);
        return contacts.labels(owner);
    }
}
