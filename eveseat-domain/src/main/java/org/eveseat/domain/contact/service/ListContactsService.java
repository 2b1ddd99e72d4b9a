package org.eveseat.domain.contact.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.Viewer;

/** Lists stored contacts; never calls ESI, so browsing a list costs no ESI budget. */
public class ListContactsService implements ListContactsQuery {
    private final ContactListAccess access;
    private final ContactRepository contacts;

    public ListContactsService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                               ContactRepository contacts) {
        this.access = new ContactListAccess(characters, corporations, contacts);
        this.contacts = contacts;
    }

    @Override
    public ContactPage list(Viewer viewer, ContactOwner owner, ContactSearch search) {
        access.requireVisible(viewer, owner);
        return contacts.search(owner, search);
    }
}
