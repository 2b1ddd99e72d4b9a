package org.eveseat.domain.contact.port.in;

import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Deletes contacts from a character's list in EVE (through ESI) and from the stored list. */
public interface DeleteContactsUseCase {
    void delete(Viewer viewer, CharacterId characterId, ContactRemoval removal);
}
