package org.eveseat.domain.contact.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;

/** Contacts to delete in one ESI call: 1-20 of them. */
public record ContactRemoval(Set<Long> contactIds) {
    public ContactRemoval {
        contactIds = Require.set(contactIds, 1, 20, "contact ids");
    }
}
