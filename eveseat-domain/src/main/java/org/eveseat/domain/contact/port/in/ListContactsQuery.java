package org.eveseat.domain.contact.port.in;

import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.shared.Viewer;

/** One page of a stored contact list; NotFound for lists the viewer may not see. */
public interface ListContactsQuery {
    ContactPage list(Viewer viewer, ContactOwner owner, ContactSearch search);
}
