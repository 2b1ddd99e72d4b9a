package org.eveseat.domain.contact.port.in;

import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Changes standing, labels and watch flag of contacts in EVE (through ESI) and in the stored list. */
public interface EditContactsUseCase {
    void edit(Viewer viewer, CharacterId characterId, ContactChange change);
}
