package org.eveseat.adapter.persistence.contact;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;

import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;

/** Columns, statements and row mapping of stored contacts. */
final class ContactRows {
    static final String COLUMNS = "contact_id, contact_type, standing, label_ids, is_watched, is_blocked";
    static final String OF_OWNER = " where owner_kind = ? and owner_id = ?";
    static final String UPSERT = "insert into contact (owner_kind, owner_id, " + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?) on conflict (owner_kind, owner_id, contact_id) do update set "
            + "contact_type = excluded.contact_type, standing = excluded.standing, label_ids = excluded.label_ids, "
            + "is_watched = excluded.is_watched, is_blocked = excluded.is_blocked";

    private ContactRows() {
    }

    /** Binds the owner to the first two parameters. */
    static void bindOwner(PreparedStatement s, ContactOwner owner) throws SQLException {
        s.setString(1, owner.kind().name());
        s.setLong(2, owner.id());
    }

    static void bindContact(PreparedStatement s, ContactOwner owner, Contact contact) throws SQLException {
        bindOwner(s, owner);
        s.setLong(3, contact.contactId());
        s.setString(4, contact.type().name());
        s.setDouble(5, contact.standing().value());
        s.setArray(6, ids(s, contact.labelIds()));
        s.setObject(7, contact.watched());
        s.setObject(8, contact.blocked());
    }

    static Array ids(PreparedStatement s, Collection<Long> ids) throws SQLException {
        return s.getConnection().createArrayOf("bigint", ids.stream().sorted().toArray(Long[]::new));
    }

    static Contact contact(ResultSet rs) throws SQLException {
        Long[] labels = (Long[]) rs.getArray(4).getArray();
        return new Contact(rs.getLong(1), ContactType.valueOf(rs.getString(2)), new Standing(rs.getDouble(3)),
                Arrays.asList(labels), (Boolean) rs.getObject(5), (Boolean) rs.getObject(6));
    }
}
