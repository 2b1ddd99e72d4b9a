package org.eveseat.domain.contact.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;

/**
 * Contacts to add or edit in one ESI call: 1-100 entities given the same standing, up to 63 labels and the watch
 * flag (which EVE only honours for characters).
 */
public record ContactChange(Set<Long> contactIds, Standing standing, Set<Long> labelIds, boolean watched) {
    public ContactChange {
        contactIds = Require.set(contactIds, 1, 100, "contact ids");
        Require.present(standing, "standing");
        labelIds = Require.set(labelIds, 0, 63, "label ids");
    }

    /** One of the contacts as EVE holds it after the change; blocking is not changed here, so it stays unsaid. */
    public Contact contact(long contactId) {
        return new Contact(contactId, ContactType.ofId(contactId), standing, labelIds.stream().sorted().toList(),
                watched, null);
    }
}
