package org.eveseat.domain.contact.port.in;

import java.util.List;

import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.shared.Viewer;

/** The stored contact labels of a list; NotFound for lists the viewer may not see. */
public interface ContactLabelsQuery {
    List<ContactLabel> labels(Viewer viewer, ContactOwner owner);
}
