package org.eveseat.adapter.esi.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.FakeLedger;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading contact lists and labels of a character, its corporation and its alliance. */
class EsiContactAdapterTest {
    static final long PILOT = 2112625428L;
    static final CharacterId ME = new CharacterId(PILOT);
    private static final long CORPORATION = 98000001L;
    private static final long ALLIANCE = 99000001L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiContactAdapter adapter = new EsiContactAdapter(harness.settings(), harness.gateway());
    private final FakeLedger ledger = harness.esi().ledger();

    @AfterEach
    void stop() {
        harness.close();
    }

    private AccessToken token(String... scopes) {
        return harness.token(PILOT, Set.of(scopes));
    }

    private static org.eveseat.fake.ledger.Contact ledgerContact(long id, double standing, Boolean blocked,
                                                                 Boolean watched, List<Long> labels) {
        return new org.eveseat.fake.ledger.Contact(id, org.eveseat.fake.ledger.Contact.typeOf(id), standing, blocked,
                watched, labels);
    }

    @Test
    void aCharactersContactsAreMappedWithStandingFlagsAndLabels() {
        ledger.character(PILOT).contacts().set(ledgerContact(90000001L, 10.0, false, true, List.of(1L, 2L)),
                ledgerContact(98000002L, -7.5, true, false, null), ledgerContact(500001L, 0.0, null, null, null));

        var result = adapter.characterContacts(ME, token(Scopes.READ_CONTACTS));

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(List.of(
                new Contact(90000001L, ContactType.CHARACTER, new Standing(10.0), List.of(1L, 2L), true, false),
                new Contact(98000002L, ContactType.CORPORATION, new Standing(-7.5), List.of(), false, true),
                new Contact(500001L, ContactType.FACTION, new Standing(0.0), List.of(), null, null)),
                result.expires()));
    }

    @Test
    void aLongListIsWalkedOverAllItsPages() {
        harness.esi().pageSize(2);
        ledger.character(PILOT).contacts().set(LongStream.rangeClosed(1, 7)
                .mapToObj(i -> ledgerContact(90000000L + i, i, false, false, null)).toList());

        var result = adapter.characterContacts(ME, token(Scopes.READ_CONTACTS));

        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        assertThat(((EsiResult.Fresh<List<Contact>>) result).value()).extracting(Contact::contactId)
                .containsExactly(90000001L, 90000002L, 90000003L, 90000004L, 90000005L, 90000006L, 90000007L);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/contacts")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSecondReadBeforeExpiresIsNotDue() {
        AccessToken token = token(Scopes.READ_CONTACTS);

        var first = adapter.characterLabels(ME, token);
        var second = adapter.characterLabels(ME, token);

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(List.of(new ContactLabel(1, "Friends"),
                new ContactLabel(2, "Pirates")), first.expires()));
        assertThat(second).isEqualTo(new EsiResult.NotDue<>(first.expires()));
    }

    @Test
    void corporationContactsHaveNoBlockedFlag() {
        ledger.corporation(CORPORATION).contacts().set(ledgerContact(99000002L, 5.0, true, true, List.of(1L)));
        AccessToken token = token(Scopes.READ_CORPORATION_CONTACTS);

        var contacts = adapter.corporationContacts(new CorporationId(CORPORATION), token);
        var labels = adapter.corporationLabels(new CorporationId(CORPORATION), token);

        assertThat(contacts).isEqualTo(new EsiResult.Fresh<>(List.of(new Contact(99000002L, ContactType.ALLIANCE,
                new Standing(5.0), List.of(1L), true, null)), contacts.expires()));
        assertThat(labels).isEqualTo(new EsiResult.Fresh<>(List.of(new ContactLabel(1, "Corporation Friends"),
                new ContactLabel(2, "Corporation Pirates")), labels.expires()));
    }

    @Test
    void allianceContactsHaveNeitherFlag() {
        ledger.alliance(ALLIANCE).contacts().set(ledgerContact(90000003L, -10.0, true, true, null));
        AccessToken token = token(Scopes.READ_ALLIANCE_CONTACTS);

        var contacts = adapter.allianceContacts(new AllianceId(ALLIANCE), token);
        var labels = adapter.allianceLabels(new AllianceId(ALLIANCE), token);

        assertThat(contacts).isEqualTo(new EsiResult.Fresh<>(List.of(new Contact(90000003L, ContactType.CHARACTER,
                new Standing(-10.0), List.of(), null, null)), contacts.expires()));
        assertThat(labels).isEqualTo(new EsiResult.Fresh<>(List.of(new ContactLabel(1, "Alliance Friends"),
                new ContactLabel(2, "Alliance Pirates")), labels.expires()));
    }

    @Test
    void anotherCorporationsListIsNotPermitted() {
        assertThatThrownBy(() -> adapter.corporationContacts(new CorporationId(98000002L),
                token(Scopes.READ_CORPORATION_CONTACTS)))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("not in the corporation");
    }

    @Test
    void readingWithoutTheScopeIsNotPermitted() {
        assertThatThrownBy(() -> adapter.characterContacts(ME, token(Scopes.WRITE_CONTACTS)))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("token not valid for scope");
    }
}
