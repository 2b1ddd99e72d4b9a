package org.eveseat.adapter.esi.contact;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;

/** ESI contact JSON to the contact model, and the id lists the write routes take. */
final class ContactMapper {
    private ContactMapper() {
    }

    static Contact contact(ContactDto dto) {
        return new Contact(dto.contactId(), ContactType.fromEsi(dto.contactType()),
                new Standing(dto.standing().doubleValue()), dto.labelIds(), dto.isWatched(), dto.isBlocked());
    }

    static ContactLabel label(ContactLabelDto dto) {
        return new ContactLabel(dto.labelId(), dto.labelName());
    }

    /** Ids in a stable order, so the same change always makes the same request. */
    static List<Long> ids(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
