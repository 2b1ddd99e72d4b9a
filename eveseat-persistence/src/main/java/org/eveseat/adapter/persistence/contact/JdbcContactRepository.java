package org.eveseat.adapter.persistence.contact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.PagedQuery;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;

/**
 * Contact lists in plain JDBC: a sync replaces a list of up to a thousand contacts with one delete and one batch,
 * in one transaction, so a reader never sees half a list.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcContactRepository extends JdbcRepository implements ContactRepository {

    protected JdbcContactRepository() {
        // for CDI
    }

    public JdbcContactRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void replaceContacts(ContactOwner owner, List<Contact> contacts) {
        sql().update("delete from contact" + ContactRows.OF_OWNER, s -> ContactRows.bindOwner(s, owner));
        save(owner, contacts);
    }

    @Override
    public void replaceLabels(ContactOwner owner, List<ContactLabel> labels) {
        sql().update("delete from contact_label" + ContactRows.OF_OWNER, s -> ContactRows.bindOwner(s, owner));
        sql().batch("insert into contact_label (owner_kind, owner_id, label_id, name) values (?, ?, ?, ?) "
                + "on conflict do nothing", labels, (s, label) -> {
                    ContactRows.bindOwner(s, owner);
                    s.setLong(3, label.labelId());
                    s.setString(4, label.name());
                });
    }

    @Override
    public ContactPage search(ContactOwner owner, ContactSearch search) {
        PagedQuery query = ContactSearchSql.of(owner, search);
        return new ContactPage(query.page(sql(), ContactRows.COLUMNS, ContactSearchSql.order(search), search.offset(),
                search.limit(), ContactRows::contact), query.count(sql()));
    }

    @Override
    public List<ContactLabel> labels(ContactOwner owner) {
        return sql().query("select label_id, name from contact_label" + ContactRows.OF_OWNER + " order by label_id",
                s -> ContactRows.bindOwner(s, owner), rs -> new ContactLabel(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public void save(ContactOwner owner, List<Contact> contacts) {
        sql().batch(ContactRows.UPSERT, contacts, (s, contact) -> ContactRows.bindContact(s, owner, contact));
    }

    @Override
    public void edit(ContactOwner owner, ContactChange change) {
        sql().update("update contact set standing = ?, label_ids = ?, is_watched = ?" + ContactRows.OF_OWNER
                + " and contact_id = any(?)", s -> {
                    s.setDouble(1, change.standing().value());
                    s.setArray(2, ContactRows.ids(s, change.labelIds()));
                    s.setBoolean(3, change.watched());
                    s.setString(4, owner.kind().name());
                    s.setLong(5, owner.id());
                    s.setArray(6, ContactRows.ids(s, change.contactIds()));
                });
    }

    @Override
    public void delete(ContactOwner owner, Set<Long> contactIds) {
        sql().update("delete from contact" + ContactRows.OF_OWNER + " and contact_id = any(?)", s -> {
            ContactRows.bindOwner(s, owner);
            s.setArray(3, ContactRows.ids(s, contactIds));
        });
    }

    @Override
    public void saveAllianceOf(CorporationId corporationId, AllianceId allianceId) {
        if (allianceId == null) {
            sql().update("delete from contact_corporation_alliance where corporation_id = ?",
                    s -> s.setLong(1, corporationId.value()));
            return;
        }
        sql().update("insert into contact_corporation_alliance (corporation_id, alliance_id) values (?, ?) "
                + "on conflict (corporation_id) do update set alliance_id = excluded.alliance_id", s -> {
                    s.setLong(1, corporationId.value());
                    s.setLong(2, allianceId.value());
                });
    }

    @Override
    public Optional<AllianceId> allianceOf(CorporationId corporationId) {
        return sql().query("select alliance_id from contact_corporation_alliance where corporation_id = ?",
                s -> s.setLong(1, corporationId.value()), rs -> new AllianceId(rs.getLong(1))).stream().findFirst();
    }

    /** Membership is each character's corporation as the affiliation sync last stored it. */
    @Override
    public boolean allianceHasMember(AllianceId allianceId, AccountId account) {
        return !sql().query("select 1 from eve_character c join contact_corporation_alliance a "
                + "on a.corporation_id = c.corporation_id where a.alliance_id = ? and c.account_id = ? limit 1", s -> {
                    s.setLong(1, allianceId.value());
                    s.setLong(2, account.value());
                }, rs -> true).isEmpty();
    }

}
