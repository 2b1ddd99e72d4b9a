package org.eveseat.domain.contact.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;

/**
 * The stored contact lists and labels of characters, corporations and alliances, and which alliance each synced
 * corporation is in. A sync replaces a list whole (ESI always sends it whole); the edits a pilot makes through
 * EVESeat are applied to the stored list at once.
 */
public interface ContactRepository {
    void replaceContacts(ContactOwner owner, List<Contact> contacts);

    void replaceLabels(ContactOwner owner, List<ContactLabel> labels);

    ContactPage search(ContactOwner owner, ContactSearch search);

    List<ContactLabel> labels(ContactOwner owner);

    /** Inserts the contacts, or overwrites those already stored. */
    void save(ContactOwner owner, List<Contact> contacts);

    /** Gives the stored contacts of the change its standing, labels and watch flag; unknown ids are left out. */
    void edit(ContactOwner owner, ContactChange change);

    void delete(ContactOwner owner, Set<Long> contactIds);

    /** Remembers the alliance a corporation is in (null: none), whose list its members may then see. */
    void saveAllianceOf(CorporationId corporationId, AllianceId allianceId);

    Optional<AllianceId> allianceOf(CorporationId corporationId);

    /** Whether one of the account's characters is in a corporation of the alliance. */
    boolean allianceHasMember(AllianceId allianceId, AccountId account);
}
