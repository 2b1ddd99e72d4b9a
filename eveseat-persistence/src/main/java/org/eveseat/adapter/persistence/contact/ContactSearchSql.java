package org.eveseat.adapter.persistence.contact;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;

/** The filtered, sorted page of a contact listing, and the count of all contacts the filters match. */
final class ContactSearchSql {
    private final StringBuilder where = new StringBuilder(ContactRows.OF_OWNER);
    private final List<Sql.Binder> filters = new ArrayList<>();
    private final ContactSearch search;
    private int next;

    ContactSearchSql(ContactOwner owner, ContactSearch search) {
        this.search = search;
        filters.add(s -> ContactRows.bindOwner(s, owner));
        if (search.type() != null) {
            where.append(" and contact_type = ?");
            filters.add(s -> s.setString(next++, search.type().name()));
        }
        if (search.labelId() != null) {
            where.append(" and ? = any(label_ids)");
            filters.add(s -> s.setLong(next++, search.labelId()));
        }
        if (search.watched() != null) {
            where.append(" and is_watched = ?");
            filters.add(s -> s.setBoolean(next++, search.watched()));
        }
    }

    String page() {
        String order = switch (search.sort()) {
            case CONTACT_ID -> "contact_id";
            case STANDING_ASCENDING -> "standing, contact_id";
            case STANDING_DESCENDING -> "standing desc, contact_id";
        };
        return "select " + ContactRows.COLUMNS + " from contact" + where + " order by " + order
                + " limit ? offset ?";
    }

    String count() {
        return "select count(*) from contact" + where;
    }

    void bindPage(PreparedStatement statement) throws SQLException {
        bindFilters(statement);
        statement.setInt(next++, search.limit());
        statement.setInt(next++, search.offset());
    }

    void bindFilters(PreparedStatement statement) throws SQLException {
        next = 3;
        for (Sql.Binder filter : filters) {
            filter.bind(statement);
        }
    }
}
