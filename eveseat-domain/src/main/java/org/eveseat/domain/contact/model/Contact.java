package org.eveseat.domain.contact.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * An entry in the contact list of a character, corporation or alliance. {@code watched} is only reported for
 * character and corporation lists and {@code blocked} only for characters; null there means ESI did not say.
 */
public record Contact(long contactId, ContactType type, Standing standing, List<Long> labelIds, Boolean watched,
                      Boolean blocked) {
    public Contact {
        Require.positive(contactId, "contact id");
        Require.present(type, "contact type");
        Require.present(standing, "standing");
        labelIds = Require.list(labelIds, "label ids");
    }
}
