package org.eveseat.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * Contact lists in maps, searched like the JDBC repository: filters, then the sort, then the page. Alliance
 * membership is given by {@link #allianceMembers} instead of being joined with the characters' corporations.
 */
public final class InMemoryContacts implements ContactRepository {
    public final Map<CorporationId, AllianceId> alliances = new HashMap<>();
    public final Map<AllianceId, Set<AccountId>> allianceMembers = new HashMap<>();
    public final Map<ContactOwner, Map<Long, Contact>> contacts = new HashMap<>();
    public final Map<ContactOwner, List<ContactLabel>> labels = new HashMap<>();

    @Override
    public void replaceContacts(ContactOwner owner, List<Contact> list) {
        contacts.remove(owner);
        save(owner, list);
    }

    @Override
    public void replaceLabels(ContactOwner owner, List<ContactLabel> list) {
        labels.put(owner, List.copyOf(list));
    }

    @Override
    public ContactPage search(ContactOwner owner, ContactSearch search) {
        Comparator<Contact> byStanding = Comparator.comparingDouble(c -> c.standing().value());
        Comparator<Contact> order = switch (search.sort()) {
            case CONTACT_ID -> Comparator.comparingLong(Contact::contactId);
            case STANDING_ASCENDING -> byStanding.thenComparingLong(Contact::contactId);
            case STANDING_DESCENDING -> byStanding.reversed().thenComparingLong(Contact::contactId);
        };
        List<Contact> matching = list(owner).stream()
                .filter(c -> search.type() == null || c.type() == search.type())
                .filter(c -> search.labelId() == null || c.labelIds().contains(search.labelId()))
                .filter(c -> search.watched() == null || search.watched().equals(c.watched()))
                .sorted(order).toList();
        return new ContactPage(matching.stream().skip(search.offset()).limit(search.limit()).toList(),
                matching.size());
    }

    @Override
    public List<ContactLabel> labels(ContactOwner owner) {
        return labels.getOrDefault(owner, List.of());
    }

    @Override
    public void save(ContactOwner owner, List<Contact> list) {
        list.forEach(contact -> contacts.computeIfAbsent(owner, o -> new TreeMap<>())
                .put(contact.contactId(), contact));
    }

    @Override
    public void edit(ContactOwner owner, ContactChange change) {
        Map<Long, Contact> list = contacts.getOrDefault(owner, new HashMap<>());
        change.contactIds().stream().filter(list::containsKey).forEach(id -> {
            Contact old = list.get(id);
            Contact changed = change.contact(id);
            list.put(id, new Contact(id, old.type(), changed.standing(), changed.labelIds(), changed.watched(),
                    old.blocked()));
        });
    }

    @Override
    public void delete(ContactOwner owner, Set<Long> contactIds) {
        contactIds.forEach(id -> contacts.getOrDefault(owner, new HashMap<>()).remove(id));
    }

    @Override
    public void saveAllianceOf(CorporationId corporationId, AllianceId allianceId) {
        if (allianceId == null) {
            alliances.remove(corporationId);
        } else {
            alliances.put(corporationId, allianceId);
        }
    }

    @Override
    public Optional<AllianceId> allianceOf(CorporationId corporationId) {
        return Optional.ofNullable(alliances.get(corporationId));
    }

    @Override
    public boolean allianceHasMember(AllianceId allianceId, AccountId account) {
        return allianceMembers.getOrDefault(allianceId, Set.of()).contains(account);
    }

    public List<Contact> list(ContactOwner owner) {
        return new ArrayList<>(contacts.getOrDefault(owner, Map.of()).values());
    }
}
