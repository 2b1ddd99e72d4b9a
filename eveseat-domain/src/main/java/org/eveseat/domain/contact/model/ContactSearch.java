package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.Require;

/**
 * Which stored contacts to list and how: filters (null: any) combine, then the sort, then one page of
 * {@code limit} from {@code offset}. A list holds at most a few thousand contacts, so offset paging is cheap.
 */
public record ContactSearch(ContactType type, Long labelId, Boolean watched, ContactSort sort, int offset,
                            int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public ContactSearch {
        Require.positiveIfPresent(labelId, "label");
        Require.present(sort, "sort");
        Require.notNegative(offset, "offset");
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static ContactSearch all() {
        return new ContactSearch(null, null, null, ContactSort.CONTACT_ID, 0, DEFAULT_LIMIT);
    }
}
