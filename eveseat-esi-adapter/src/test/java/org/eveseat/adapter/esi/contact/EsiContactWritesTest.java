package org.eveseat.adapter.esi.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.esi.contact.EsiContactAdapterTest.ME;
import static org.eveseat.adapter.esi.contact.EsiContactAdapterTest.PILOT;

import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.ledger.Contact;
import org.eveseat.fake.ledger.RecordList;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adding, editing and deleting a character's contacts, checked in the fake's ledger. */
class EsiContactWritesTest {
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiContactAdapter adapter = new EsiContactAdapter(harness.settings(), harness.gateway());
    private final RecordList<Contact> contacts = harness.esi().ledger().character(PILOT).contacts()
            .set(new Contact(90000001L, "character", 5.0, false, false, null));

    @AfterEach
    void stop() {
        harness.close();
    }

    private AccessToken token(String... scopes) {
        return harness.token(PILOT, Set.of(scopes));
    }

    @Test
    void addedContactsGetTheStandingLabelsAndWatchFlag() {
        var change = new ContactChange(Set.of(90000001L, 95465499L, 98000002L), new Standing(-5.5), Set.of(2L, 1L),
                true);

        List<Long> added = adapter.add(ME, change, token(Scopes.WRITE_CONTACTS));

        assertThat(added).containsExactly(95465499L, 98000002L);
        assertThat(contacts.all()).containsExactly(new Contact(90000001L, "character", 5.0, false, false, null),
                new Contact(95465499L, "character", -5.5, false, true, List.of(1L, 2L)),
                new Contact(98000002L, "corporation", -5.5, false, true, List.of(1L, 2L)));
    }

    @Test
    void anEditChangesStandingAndFlags() {
        adapter.edit(ME, new ContactChange(Set.of(90000001L), new Standing(10.0), Set.of(), true),
                token(Scopes.WRITE_CONTACTS));

        assertThat(contacts.all()).containsExactly(new Contact(90000001L, "character", 10.0, false, true, null));
    }

    @Test
    void deletedContactsLeaveTheList() {
        contacts.add(new Contact(90000002L, "character", 0.0, false, false, null));

        adapter.delete(ME, new ContactRemoval(Set.of(90000001L)), token(Scopes.WRITE_CONTACTS));

        assertThat(contacts.all()).extracting(Contact::contactId).containsExactly(90000002L);
    }

    @Test
    void writingWithTheReadScopeOnlyIsNotPermitted() {
        assertThatThrownBy(() -> adapter.delete(ME, new ContactRemoval(Set.of(90000001L)),
                token(Scopes.READ_CONTACTS))).isInstanceOf(NotPermittedException.class);
        assertThat(contacts.all()).hasSize(1);
    }
}
