package org.eveseat.adapter.persistence.contact;

import org.eveseat.adapter.persistence.PagedQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;

/** The query of a contact listing: the owner's contacts, the filters the search sets, its order. */
final class ContactSearchSql {
    private ContactSearchSql() {
    }

    static PagedQuery of(ContactOwner owner, ContactSearch search) {
        PagedQuery query = new PagedQuery("contact").where("owner_kind = ? and owner_id = ?",
                (s, i) -> s.setString(i, owner.kind().name()), (s, i) -> s.setLong(i, owner.id()));
        if (search.type() != null) {
            query.where("contact_type = ?", (s, i) -> s.setString(i, search.type().name()));
        }
        if (search.labelId() != null) {
            query.where("? = any(label_ids)", (s, i) -> s.setLong(i, search.labelId()));
        }
        if (search.watched() != null) {
            query.where("is_watched = ?", (s, i) -> s.setBoolean(i, search.watched()));
        }
        return query;
    }

    static String order(ContactSearch search) {
        return switch (search.sort()) {
            case CONTACT_ID -> "contact_id";
            case STANDING_ASCENDING -> "standing, contact_id";
            case STANDING_DESCENDING -> "standing desc, contact_id";
        };
    }
}
