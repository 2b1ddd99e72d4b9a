package org.eveseat.domain.contact.port.in;

import java.util.List;

import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Adds contacts to a character's list in EVE (through ESI) and to the stored list; answers the ids EVE added. */
public interface AddContactsUseCase {
    List<Long> add(Viewer viewer, CharacterId characterId, ContactChange change);
}
