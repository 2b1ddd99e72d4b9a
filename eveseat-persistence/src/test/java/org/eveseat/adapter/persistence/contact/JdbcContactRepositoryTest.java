package org.eveseat.adapter.persistence.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.persistence.character.JdbcCharacterAffiliationRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.model.ContactSort;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcContactRepositoryTest {
    private static final ContactOwner PILOT = ContactOwner.of(new CharacterId(2112625428L));
    private static final ContactOwner CORPORATION = ContactOwner.of(new CorporationId(98000001L));
    private static final AllianceId ALLIANCE = new AllianceId(99000001L);
    private static final Contact FRIEND = new Contact(90000001L, ContactType.CHARACTER, new Standing(10),
            List.of(1L, 2L), true, false);
    private static final Contact NEUTRAL = new Contact(90000002L, ContactType.CHARACTER, new Standing(0), List.of(2L),
            false, true);
    private static final Contact ENEMY = new Contact(99000002L, ContactType.ALLIANCE, new Standing(-7.5), List.of(),
            null, null);

    private final TestDatabase db = TestDatabase.get();
    private final ContactRepository contacts = new JdbcContactRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aListIsReplacedWholeAndComesBackExactlyPerOwner() {
        contacts.replaceContacts(PILOT, List.of(new Contact(95465499L, ContactType.CHARACTER, new Standing(5),
                List.of(), false, false)));
        contacts.replaceContacts(PILOT, List.of(ENEMY, FRIEND));
        contacts.replaceContacts(CORPORATION, List.of(NEUTRAL));

        assertThat(contacts.search(PILOT, ContactSearch.all()).contacts()).containsExactly(FRIEND, ENEMY);
        assertThat(contacts.search(CORPORATION, ContactSearch.all()).contacts()).containsExactly(NEUTRAL);
        assertThat(contacts.search(ContactOwner.of(new CharacterId(1)), ContactSearch.all()).total()).isZero();
    }

    @Test
    void theListingFiltersSortsAndPagesWithTheTotalOfAllMatches() {
        contacts.replaceContacts(PILOT, List.of(FRIEND, NEUTRAL, ENEMY));

        var byStanding = contacts.search(PILOT, new ContactSearch(null, null, null, ContactSort.STANDING_DESCENDING,
                1, 5));
        var labelled = contacts.search(PILOT, new ContactSearch(ContactType.CHARACTER, 2L, null,
                ContactSort.STANDING_ASCENDING, 0, 1));
        var watched = contacts.search(PILOT, new ContactSearch(null, null, true, ContactSort.CONTACT_ID, 0, 5));

        assertThat(byStanding.contacts()).containsExactly(NEUTRAL, ENEMY);
        assertThat(byStanding.total()).isEqualTo(3);
        assertThat(labelled.contacts()).containsExactly(NEUTRAL);
        assertThat(labelled.total()).isEqualTo(2);
        assertThat(watched.contacts()).containsExactly(FRIEND);
    }

    @Test
    void editsAndDeletesChangeOnlyTheNamedContactsOfTheOwner() {
        contacts.replaceContacts(PILOT, List.of(FRIEND, NEUTRAL));
        contacts.replaceContacts(CORPORATION, List.of(FRIEND));
        var change = new ContactChange(Set.of(FRIEND.contactId(), 90000009L), new Standing(-5), Set.of(3L), false);

        contacts.edit(PILOT, change);
        contacts.save(PILOT, List.of(change.contact(98000002L)));
        contacts.delete(PILOT, Set.of(NEUTRAL.contactId()));

        assertThat(contacts.search(PILOT, ContactSearch.all()).contacts()).containsExactly(
                new Contact(FRIEND.contactId(), ContactType.CHARACTER, new Standing(-5), List.of(3L), false, false),
                new Contact(98000002L, ContactType.CORPORATION, new Standing(-5), List.of(3L), false, null));
        assertThat(contacts.search(CORPORATION, ContactSearch.all()).contacts()).containsExactly(FRIEND);
    }

    @Test
    void theAllianceOfACorporationIsRememberedAndLetsItsMembersAccountsIn() {
        CharacterId member = new CharacterId(PILOT.id());
        db.linkCharacters(List.of(member));
        new JdbcCharacterAffiliationRepository(db.dataSource()).saveCorporations(Map.of(member,
                new CorporationId(CORPORATION.id())));
        AccountId account = db.inTransaction(em -> new JpaCharacterRepository(em).findById(member).orElseThrow()
                .owner());

        contacts.saveAllianceOf(new CorporationId(CORPORATION.id()), new AllianceId(99000002L));
        contacts.saveAllianceOf(new CorporationId(CORPORATION.id()), ALLIANCE);

        assertThat(contacts.allianceOf(new CorporationId(CORPORATION.id()))).contains(ALLIANCE);
        assertThat(contacts.allianceHasMember(ALLIANCE, account)).isTrue();
        assertThat(contacts.allianceHasMember(new AllianceId(99000002L), account)).isFalse();
        assertThat(contacts.allianceHasMember(ALLIANCE, new AccountId(account.value() + 1))).isFalse();
        contacts.saveAllianceOf(new CorporationId(CORPORATION.id()), null);
        assertThat(contacts.allianceOf(new CorporationId(CORPORATION.id()))).isEmpty();
        assertThat(contacts.allianceHasMember(ALLIANCE, account)).isFalse();
    }

    @Test
    void labelsAreReplacedWholePerOwner() {
        contacts.replaceLabels(PILOT, List.of(new ContactLabel(3, "Old")));
        contacts.replaceLabels(PILOT, List.of(new ContactLabel(2, "Reds"), new ContactLabel(1, "Blues")));
        contacts.replaceLabels(CORPORATION, List.of(new ContactLabel(1, "Corp blues")));

        assertThat(contacts.labels(PILOT)).containsExactly(new ContactLabel(1, "Blues"), new ContactLabel(2, "Reds"));
        assertThat(contacts.labels(CORPORATION)).containsExactly(new ContactLabel(1, "Corp blues"));
    }
}
